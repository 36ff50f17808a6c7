// Package progress shows how far the reading of a large file is, on a terminal: a line
// rewritten in place every second or so with the share read, then a last line once the
// file is read.
package progress

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Reader counts what has been read through it of a file and says, every interval, how
// far it is.
type Reader struct {
	r       io.Reader
	read    atomic.Int64
	size    int64
	start   time.Time
	out     io.Writer
	name    string
	done    chan struct{}
	mu      sync.Mutex // held while a line is written
	stopped bool
	shown   bool
}

// Read reads from the file, counting what it gives.
func (p *Reader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read.Add(int64(n))
	return n, err
}

// Start shows on out, every interval, how much of size bytes r has given, as a line a
// terminal rewrites in place: "reading NAME: 50% (...)". The name is written as given:
// escape it for a terminal first.
func Start(out io.Writer, name string, size int64, r io.Reader, interval time.Duration) *Reader {
	p := &Reader{r: r, size: max(size, 1), start: time.Now(), out: out, name: name, done: make(chan struct{})}
	go func() {
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-tick.C:
				p.mu.Lock()
				if !p.stopped {
					n := p.read.Load()
					fmt.Fprintf(p.out, "\ralliances: reading %s: %d%% (%s of %s, %s)\x1b[K", p.name, n*100/p.size,
						megabytes(n), megabytes(p.size), time.Since(p.start).Round(time.Second))
					p.shown = true
				}
				p.mu.Unlock()
			}
		}
	}()
	return p
}

// Stop ends the progress line, once the file is read, with a line that says how long
// it took, if a progress line was shown; nil does nothing, and so does a second Stop.
func (p *Reader) Stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	p.stopped = true
	close(p.done)
	if p.shown {
		fmt.Fprintf(p.out, "\ralliances: read %s (%s) in %s; writing the case\x1b[K\n", p.name, megabytes(p.size), time.Since(p.start).Round(time.Second))
	}
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
