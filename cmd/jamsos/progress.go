package main

import (
	"fmt"
	"io"
	"os"
)

// progress shows "12/136" on stderr while many files are read, only when
// stderr is a terminal, so logs and pipes stay clean.
type progress struct {
	w     io.Writer
	total int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	on := false
	if ok && total > 1 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, total: total, on: on}
}

func (p *progress) step(n int) {
	if p.on {
		fmt.Fprintf(p.w, "\r%d/%d", n, p.total)
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
