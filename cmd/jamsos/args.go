package main

import "flag"

// parseInterleaved parses args with fs as flag.FlagSet.Parse does, except
// that flags may also come after positional arguments, as in
// `jamsos mitra -network net.json activities.csv -json`: every argument
// that is not a flag (or a flag's value) is kept, in order, as a positional
// argument, and fs.Args returns them. A "--" ends the flags: everything
// after it is positional, as with flag.Parse; "-" alone (standard input) is
// positional. A flag the set does not define is an error naming it, as
// flag.Parse reports it, wherever it stands.
func parseInterleaved(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if stop := len(args) - len(rest) - 1; stop >= 0 && args[stop] == "--" {
			// Parse stopped at "--" (or at a flag whose value was "--",
			// which comes to the same: the rest is positional).
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Parse once more so that fs.Args returns the positional arguments;
	// "--" keeps any of them that look like flags from being read as ones.
	return fs.Parse(append([]string{"--"}, pos...))
}
