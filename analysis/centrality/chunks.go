package centrality

import (
	"context"
	"sync"
	"sync/atomic"
)

// chunkSources is the number of sources whose dependencies are summed together before
// they are added to the total. It fixes the order of every floating-point sum, so the
// result is the same whatever the number of workers.
const chunkSources = 32

// chunkSum adds up per-chunk arrays in chunk order while workers compute the chunks in
// any order: a worker takes a free buffer, then the next chunk number, sums that
// chunk's sources into the buffer, and hands it in; the buffers are added to the total
// as soon as all the earlier chunks are in, and then freed. Each chunk in progress holds
// its own buffer, so the chunks waiting for an earlier one can never starve it.
type chunkSum struct {
	chunks int
	taken  atomic.Int64   // chunks handed out
	free   chan []float64 // buffers ready for a chunk
	mu     sync.Mutex     // guards what follows
	done   [][]float64    // finished chunks not yet added, by chunk number
	next   int            // the next chunk to add
	total  []float64
}

// newChunkSum prepares the sum of chunks arrays of n values for workers workers, with
// two buffers a worker so that a fast worker can run a little ahead.
func newChunkSum(n, chunks, workers int) *chunkSum {
	c := &chunkSum{chunks: chunks, free: make(chan []float64, 2*workers),
		done: make([][]float64, chunks), total: make([]float64, n)}
	for range 2 * workers {
		c.free <- make([]float64, n)
	}
	return c
}

// take returns a zeroed buffer and the number of the chunk to sum into it; ok is false
// when every chunk is taken or ctx is done.
func (c *chunkSum) take(ctx context.Context) (buf []float64, chunk int, ok bool) {
	select {
	case buf = <-c.free:
	case <-ctx.Done():
		return nil, 0, false
	}
	chunk = int(c.taken.Add(1) - 1)
	if chunk >= c.chunks {
		c.free <- buf
		return nil, 0, false
	}
	clear(buf)
	return buf, chunk, true
}

// put hands in the sum of a chunk and adds every chunk that can now be added.
func (c *chunkSum) put(chunk int, buf []float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done[chunk] = buf
	for c.next < c.chunks && c.done[c.next] != nil {
		for v, x := range c.done[c.next] {
			c.total[v] += x
		}
		c.free <- c.done[c.next]
		c.done[c.next] = nil
		c.next++
	}
}
