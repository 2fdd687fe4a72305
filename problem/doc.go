// Package problem holds the one error shape that every jamsos package reports:
// a stable code, the path of the field at fault, the offending value (masked when
// it is personal data), the sentinel rule it broke, and a message in Indonesian
// and in English.
//
// # Why one shape
//
// A registration, a bill or a village plan can be wrong in many places at once.
// Callers want all of them, each with something a program can switch on (the
// [Code] and the sentinel, through [errors.Is]) and something a person can read
// (the message, in the caller's language). [Error] carries one problem; [List]
// carries many and unwraps to all of them, so errors.Is and errors.As see every
// problem inside a list.
//
// # Languages
//
// Messages exist in Indonesian ([Indonesian], the default) and English
// ([English]). Error() returns the Indonesian text, because the people who read
// these messages first are village officers; [Error.Message] picks a language.
//
// # Fields and messages
//
// [Error.Field] is the machine's path of the input at fault, in the names of
// the JSON and CSV inputs ("roster[2].participant.nik", "line[4].wage"): it
// is what programs match on, and JSON carries it unchanged. Text for people
// shows it as [Label] renders it in their language ("peserta ke-3, NIK",
// "baris 4, kolom upah"; "3rd participant, NIK", "line 4, column wage"),
// lists counted from one as people count. The messages say what is wrong
// without naming the field again ("wajib diisi", "is required"), so that
// [Error.Message], which puts the label in front, says each thing once:
//
//	peserta ke-3, tanggal lahir: wajib diisi
//	baris 4, kolom NIK: harus 16 angka, bukan 15 (3216•••••••0001)
//
// # Personal data
//
// The Value of an [Error] is masked by the package that built it; [Mask] is
// the shared masking rule. [MaskInput] prepares a rejected personal input
// (trimmed, cut short, masked) and [Clip] any other input (cut short), so
// that every package quotes offending input the same way and no error
// repeats a huge one. As a last guard, [New] passes the field, the value
// and both messages through [MaskDigits], so a NIK that reaches an error by
// another road (typed into the wage column, written in groups, quoted by
// encoding/json) is masked too.
//
// problem is the lowest package of the module: it imports nothing of ours, and
// any package may import it.
package problem
