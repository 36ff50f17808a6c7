// Command pagecost measures what memory costs a program the first time it touches it:
// the time to write one byte in each 4 KiB page of memory newly allocated, which is the
// kernel's page fault (and, in a virtual machine, often the host's too). A command of
// this project that touches 500 MB pays it about 125,000 times, so on a machine where a
// page costs 10 µs rather than the fraction of one a laptop takes, a second of its time
// goes to that alone. scripts/bench/store.sh prints it before its measurements.
//
//	go run ./scripts/pagecost           # 256 MiB, three rounds
//	go run ./scripts/pagecost -mib 1024
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"time"
)

func main() {
	mib := flag.Int("mib", 256, "memory to touch in each round, in MiB")
	rounds := flag.Int("rounds", 3, "rounds, each on memory newly allocated")
	flag.Parse()
	if *mib <= 0 || *rounds <= 0 {
		fmt.Fprintln(os.Stderr, "pagecost: -mib and -rounds must be positive")
		os.Exit(2)
	}
	const page = 4096
	size := *mib << 20
	for r := range *rounds {
		// A large allocation comes straight from the system, untouched; it is dropped
		// and given back after each round, so that the next one is new memory again.
		b := make([]byte, size)
		start := time.Now()
		for i := 0; i < size; i += page {
			b[i] = 1
		}
		took := time.Since(start)
		fmt.Printf("round %d: %d MiB first touched in %v: %.2f µs a page\n",
			r+1, *mib, took.Round(time.Millisecond), float64(took.Nanoseconds())/1e3/float64(size/page))
		b = nil
		debug.FreeOSMemory()
	}
}
