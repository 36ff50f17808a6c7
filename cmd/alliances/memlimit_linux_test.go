package main

import (
	"runtime/debug"
	"syscall"
	"testing"
)

// TestSoftMemoryLimit: without GOMEMLIMIT the limit is three quarters of the machine's
// memory; with it, GOMEMLIMIT's.
func TestSoftMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil {
		t.Fatal(err)
	}
	total := int64(uint64(si.Totalram) * uint64(si.Unit))
	t.Setenv("GOMEMLIMIT", "")
	softMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != total/4*3 {
		t.Errorf("limit %d, want three quarters of %d", got, total)
	}
	debug.SetMemoryLimit(1 << 40)
	t.Setenv("GOMEMLIMIT", "1TiB")
	softMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("with GOMEMLIMIT set, the limit became %d", got)
	}
}
