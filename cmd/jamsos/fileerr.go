package main

import (
	"errors"
	"io/fs"
	"syscall"

	"github.com/desasadar/jamsos/problem"
)

// fileProblem is the problem of a file that cannot be opened, read or
// written, in both languages: the operating system's own words are
// English, so the known reasons are said again in Indonesian, and any
// other keeps the system's text after an Indonesian sentence. write says
// whether the file was being written. Its path is masked as every usage
// error masks what was typed (no run of ten digits shown in full).
func fileProblem(code problem.Code, field, path string, write bool, err error) *problem.Error {
	name := masked(path)
	if name == "" || name == "-" {
		name = "-"
	}
	id, en := "berkas "+name+" tidak dapat dibaca", "the file "+name+" cannot be read"
	if write {
		id, en = "berkas "+name+" tidak dapat ditulis", "the file "+name+" cannot be written"
	}
	if name == "-" {
		id, en = "masukan standar tidak dapat dibaca", "standard input cannot be read"
		if write {
			id, en = "keluaran standar tidak dapat ditulis", "standard output cannot be written"
		}
	}
	var reasonID, reasonEN string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reasonID, reasonEN = "berkas atau direktorinya tidak ada", "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		reasonID, reasonEN = "tidak ada izin", "permission denied"
	case errors.Is(err, syscall.EISDIR):
		reasonID, reasonEN = "itu sebuah direktori", "it is a directory"
	case errors.Is(err, syscall.ENOSPC):
		reasonID, reasonEN = "ruang penyimpanan habis", "no space left on the device"
	case errors.Is(err, syscall.EPIPE):
		reasonID, reasonEN = "pembacanya sudah berhenti", "its reader has stopped"
	default:
		var pe *fs.PathError
		text := err.Error()
		if errors.As(err, &pe) {
			text = pe.Err.Error()
		}
		reasonID, reasonEN = "galat sistem: "+masked(text), masked(text)
	}
	return problem.New(errUsageInput, code, field, "", id+": "+reasonID, en+": "+reasonEN)
}

// report prints every problem of err as fail does and returns code, for a
// problem whose exit code is not exitInvalid (a file that cannot be
// written is wrong usage).
func (e *env) report(err error, code int) int {
	e.fail(err)
	return code
}
