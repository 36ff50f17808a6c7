package progress

import (
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer safe for the progress goroutine and the test at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// The progress of a long read: a line rewritten in place with the share read, then a
// last line once the file is read; nothing after it.
func TestProgress(t *testing.T) {
	var out lockedBuffer
	data := strings.Repeat("x", 1000)
	p := Start(&out, "big.csv", int64(len(data)), strings.NewReader(data), time.Millisecond)
	buf := make([]byte, 500)
	if _, err := io.ReadFull(p, buf); err != nil {
		t.Fatal(err)
	}
	for !strings.Contains(out.String(), "50%") {
		time.Sleep(time.Millisecond)
	}
	p.Stop()
	got := out.String()
	time.Sleep(5 * time.Millisecond)
	if out.String() != got {
		t.Errorf("progress written after the stop: %q", out.String())
	}
	// The ticker may fire before the first read on a busy machine, so a 0% line can come
	// first; what must hold is that every line before the last is a reading line, that
	// the half read was shown, and that the last line ends the progress.
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\r")[1:]
	for _, l := range lines[:len(lines)-1] {
		if !strings.HasPrefix(l, "alliances: reading big.csv: ") {
			t.Errorf("progress line %q, want a reading line", l)
		}
	}
	if !strings.Contains(got, "\ralliances: reading big.csv: 50% (0.0 MB of 0.0 MB") || !strings.HasSuffix(got, "; writing the case\x1b[K\n") {
		t.Errorf("progress %q", got)
	}
	p.Stop() // a second stop does nothing
}
