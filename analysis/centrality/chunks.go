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
// its own buffer, so the chunks waiting for an earlier one can never starve it. A
// buffer lists the values its chunk touched, and only those are added and cleared: in a
// network of many small pieces a chunk touches a few values of millions, and adding
// every value of every chunk would cost more than the searches.
type chunkSum struct {
	chunks int
	taken  atomic.Int64   // chunks handed out
	free   chan *chunkBuf // buffers ready for a chunk
	mu     sync.Mutex     // guards what follows
	done   []*chunkBuf    // finished chunks not yet added, by chunk number
	next   int            // the next chunk to add
	total  []float64
}

// chunkBuf is the sum of one chunk.
type chunkBuf struct {
	vals    []float64
	touched []int32 // the values that may not be 0, each once, unless all
	marked  []bool  // per value: listed in touched
	all     bool    // so many are touched that all are read
}

// touch lists the values vs as touched. Past an eighth of the values, listing them costs
// more than reading them all.
func (b *chunkBuf) touch(vs []int32) {
	if b.all || len(b.touched)+len(vs) > len(b.vals)/8 {
		b.all = true
		return
	}
	for _, v := range vs {
		if !b.marked[v] {
			b.marked[v] = true
			b.touched = append(b.touched, v)
		}
	}
}

// newChunkSum prepares the sum of chunks arrays of n values for workers workers, with
// two buffers a worker so that a fast worker can run a little ahead.
func newChunkSum(n, chunks, workers int) *chunkSum {
	c := &chunkSum{chunks: chunks, free: make(chan *chunkBuf, 2*workers),
		done: make([]*chunkBuf, chunks), total: make([]float64, n)}
	for range 2 * workers {
		c.free <- &chunkBuf{vals: make([]float64, n), marked: make([]bool, n)}
	}
	return c
}

// take returns a zeroed buffer and the number of the chunk to sum into it; ok is false
// when every chunk is taken or ctx is done.
func (c *chunkSum) take(ctx context.Context) (buf *chunkBuf, chunk int, ok bool) {
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
	if buf.all {
		clear(buf.vals)
	} else {
		for _, v := range buf.touched {
			buf.vals[v] = 0
		}
	}
	for _, v := range buf.touched {
		buf.marked[v] = false
	}
	buf.touched, buf.all = buf.touched[:0], false
	return buf, chunk, true
}

// put hands in the sum of a chunk and adds every chunk that can now be added. Each
// total receives its chunks' values in chunk order (a value not touched is 0, whose
// addition changes nothing), whatever order the chunks come in.
func (c *chunkSum) put(chunk int, buf *chunkBuf) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done[chunk] = buf
	for c.next < c.chunks && c.done[c.next] != nil {
		b := c.done[c.next]
		if b.all {
			for v, x := range b.vals {
				c.total[v] += x
			}
		} else {
			for _, v := range b.touched {
				c.total[v] += b.vals[v]
			}
		}
		c.free <- b
		c.done[c.next] = nil
		c.next++
	}
}
