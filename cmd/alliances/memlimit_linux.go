package main

import (
	"os"
	"runtime/debug"
	"syscall"
)

// softMemoryLimit sets the garbage collector's soft memory limit to three quarters of
// the machine's memory, unless GOMEMLIMIT sets one. The collector otherwise lets the heap
// grow to twice what is live before it collects: an import of ten million claims holds
// some ten gigabytes live, and would ask for twenty. Near the limit it collects more
// often instead, and the command runs slower rather than out of memory.
func softMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil || si.Totalram == 0 {
		return
	}
	total := uint64(si.Totalram) * uint64(si.Unit)
	debug.SetMemoryLimit(int64(total / 4 * 3))
}
