// Command loadtest measures how fast a running `alliances serve` answers: it sends a
// bounded number of requests, a few at a time, and prints the median, the 90th and 99th
// percentiles and the slowest of their times, with the requests per second.
//
//	alliances serve --db big.db &
//	go run ./scripts/loadtest -n 500 -c 4 'http://127.0.0.1:8421/api/v1/network?at={month}'
//
// {month} in a URL becomes a month drawn from -from to -to (years), {year} a year: each
// request then asks another snapshot, as a person moving the time slider does. Every
// answer must be 200; the first failure stops the run.
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	n := flag.Int("n", 200, "requests in all")
	c := flag.Int("c", 4, "requests at once")
	from := flag.Int("from", 2000, "first year {month} and {year} draw from")
	to := flag.Int("to", 2015, "last year they draw from")
	seed := flag.Uint64("seed", 1, "seed of the draws")
	flag.Parse()
	if flag.NArg() == 0 || *n < 1 || *c < 1 || *to < *from {
		fmt.Fprintln(os.Stderr, "usage: loadtest [-n 200] [-c 4] [-from 2000 -to 2015] URL...")
		os.Exit(2)
	}
	rng := rand.New(rand.NewPCG(*seed, 0))
	urls := make([]string, *n)
	for i := range urls {
		u := flag.Arg(i % flag.NArg())
		y := *from + rng.IntN(*to-*from+1)
		u = strings.ReplaceAll(u, "{month}", fmt.Sprintf("%04d-%02d", y, 1+rng.IntN(12)))
		u = strings.ReplaceAll(u, "{year}", fmt.Sprintf("%04d", y))
		urls[i] = u
	}
	client := &http.Client{Timeout: time.Minute}
	// One request first, untimed: the server reads the case on the first question.
	if _, _, err := fetch(client, urls[0]); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
	times := make([]time.Duration, *n)
	var bytes int64
	var mu sync.Mutex
	var failed error
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d, size, err := fetch(client, urls[i])
				mu.Lock()
				times[i], bytes = d, bytes+size
				if err != nil && failed == nil {
					failed = err
				}
				mu.Unlock()
			}
		}()
	}
	for i := range urls {
		mu.Lock()
		stop := failed != nil
		mu.Unlock()
		if stop {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if failed != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", failed)
		os.Exit(1)
	}
	wall := time.Since(start)
	slices.Sort(times)
	q := func(p float64) time.Duration { return times[min(len(times)-1, int(p*float64(len(times))))] }
	fmt.Printf("%d requests, %d at once: median %v, p90 %v, p99 %v, max %v; %.1f requests/s, %.1f MB/answer\n",
		*n, *c, q(0.5).Round(time.Millisecond), q(0.9).Round(time.Millisecond), q(0.99).Round(time.Millisecond),
		times[len(times)-1].Round(time.Millisecond), float64(*n)/wall.Seconds(), float64(bytes)/float64(*n)/1e6)
}

// fetch gets a URL and reads the whole answer, returning how long it took.
func fetch(client *http.Client, url string) (time.Duration, int64, error) {
	t := time.Now()
	resp, err := client.Get(url)
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return time.Since(t), n, err
}
