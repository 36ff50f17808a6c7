package sqlstore

// Writing the record cache's blobs, in the layout cachecodec.go describes.

import (
	"encoding/binary"
	"hash/crc32"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// blobWriter writes one chunk of a blob.
type blobWriter struct {
	b     []byte
	index map[string]int
	*tables
}

// tables are the names and valid times of a blob's ties, with their positions.
type tables struct {
	names     []string
	dates     []string
	nameIndex map[string]int
	dateIndex map[string]int
}

// name writes a name of the blob's table, adding it when new.
func (e *blobWriter) name(s string) {
	if s == "" {
		e.uint(0)
		return
	}
	k, ok := e.nameIndex[s]
	if !ok {
		k, s = len(e.names), strings.Clone(s) // the claim's strings may be a buffer's
		e.nameIndex[s] = k
		e.names = append(e.names, s)
	}
	e.uint(uint64(k) + 1)
}

// validTime writes a valid time of the blob's table, adding it when new.
func (e *blobWriter) validTime(iv edtf.Interval) {
	s := iv.String()
	k, ok := e.dateIndex[s]
	if !ok {
		k = len(e.dates)
		e.dateIndex[s] = k
		e.dates = append(e.dates, s)
	}
	e.uint(uint64(k))
}

func (e *blobWriter) uint(n uint64) { e.b = binary.AppendUvarint(e.b, n) }
func (e *blobWriter) int(n int64)   { e.b = binary.AppendVarint(e.b, n) }

func (e *blobWriter) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *blobWriter) raw(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *blobWriter) str(s string) {
	if s == "" {
		e.uint(0)
		return
	}
	if k, ok := e.index[s]; ok {
		e.uint(uint64(k) + 2)
		return
	}
	e.index[s] = len(e.index)
	e.uint(1)
	e.raw(s)
}

func (e *blobWriter) strs(xs []string) {
	if xs == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(xs)) + 1)
	for _, x := range xs {
		e.str(x)
	}
}

func (e *blobWriter) date(iv edtf.Interval) { e.str(iv.String()) }

func (e *blobWriter) recorded(r *alliances.Recorded) {
	e.uint(uint64(r.Version))
	e.int(r.From.UnixNano())
	if r.To.IsZero() {
		e.int(0)
	} else {
		e.int(r.To.UnixNano())
	}
}

func (e *blobWriter) citations(cs []alliances.Citation) {
	if cs == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(cs)) + 1)
	for _, c := range cs {
		e.str(c.Source)
		e.raw(c.Locator)
		e.int(int64(c.Credibility))
		e.str(c.AttributedTo)
		e.str(string(c.Stance))
		e.raw(c.Note)
	}
}

func (e *blobWriter) tie(t *alliances.Tie) {
	e.recorded(t.Recorded)
	e.raw(t.ID)
	e.name(t.Subject)
	e.name(t.Object)
	e.str(string(t.Kind))
	e.str(string(t.Type))
	e.int(int64(t.Sign))
	e.bool(t.Directed)
	if t.Forms == nil {
		e.uint(0)
	} else {
		e.uint(uint64(len(t.Forms)) + 1)
		for _, f := range t.Forms {
			e.str(string(f))
		}
	}
	e.name(t.Third)
	e.str(string(t.Role))
	e.validTime(t.Valid)
	e.int(int64(t.Intensity))
	e.int(int64(t.Rank))
	e.str(string(t.Status))
	e.str(string(t.Basis))
	e.citations(t.Citations)
	e.raw(t.Note)
}

func (e *blobWriter) actor(a *alliances.Actor) {
	e.recorded(a.Recorded)
	e.raw(a.ID)
	e.raw(a.Name)
	e.strs(a.Aliases)
	e.str(a.Kind)
	e.str(a.Country)
	e.str(a.Province)
	e.strs(a.Tags)
	if a.External == nil {
		e.uint(0)
	} else {
		e.uint(uint64(len(a.External)) + 1)
		keys := make([]string, 0, len(a.External))
		for k := range a.External {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			e.str(k)
			e.raw(a.External[k])
		}
	}
	e.raw(a.Note)
	e.raw(a.MergedInto)
	e.raw(a.MergeNote)
}

func (e *blobWriter) source(s *alliances.Source) {
	e.recorded(s.Recorded)
	e.raw(s.ID)
	e.raw(s.Title)
	e.str(s.Author)
	e.str(s.Publisher)
	e.bool(s.Date != nil)
	if s.Date != nil {
		e.date(*s.Date)
	}
	e.raw(s.URL)
	e.str(s.Kind)
	e.str(s.Reliability)
	e.raw(s.Note)
	e.bool(s.Restricted)
}

// encodeClaims writes the claims of one entity as a blob, in parts (see blobBuilder.parts).
func encodeClaims[T any](vals []T) [][]byte {
	b := newBlobBuilder()
	for i := range vals {
		b.add(&vals[i])
	}
	return b.parts()
}

// blobBuilder writes the claims of one entity into a blob one at a time, in order: an
// import writes the blobs of a case as it records its claims.
type blobBuilder struct {
	tables
	chunks [][]byte    // the chunks written, each its length and count, then its payload
	e      *blobWriter // the chunk being written, its claims without their count
	n      int         // the claims in it
	last   int         // the size of the chunk written last
}

// chunkHead is the room left before a chunk's payload for its length and count.
const chunkHead = 2 * binary.MaxVarintLen64

func newBlobBuilder() *blobBuilder {
	return &blobBuilder{tables: tables{nameIndex: map[string]int{}, dateIndex: map[string]int{}}}
}

// add writes a *alliances.Tie, *alliances.Actor or *alliances.Source, whose Recorded is
// set.
func (b *blobBuilder) add(v any) {
	if b.e == nil {
		// A chunk takes about as much room as the one before: the room is made once,
		// not grown a quarter at a time, with the quarter left over kept with the
		// chunk until the blob is written.
		b.e = &blobWriter{b: make([]byte, chunkHead, max(64<<10, b.last+b.last/16)), index: map[string]int{}, tables: &b.tables}
	}
	switch v := v.(type) {
	case *alliances.Tie:
		b.e.tie(v)
	case *alliances.Actor:
		b.e.actor(v)
	case *alliances.Source:
		b.e.source(v)
	}
	if b.n++; b.n == chunkClaims {
		b.flush()
	}
}

// flush ends the chunk being written: its length and count go into the room left
// before its payload, so that the chunk is one slice, never copied.
func (b *blobBuilder) flush() {
	if b.n == 0 {
		return
	}
	payload := b.e.b[chunkHead:]
	count := binary.AppendUvarint(nil, uint64(b.n))
	head := binary.AppendUvarint(nil, uint64(len(count)+len(payload)))
	head = append(head, count...)
	start := chunkHead - len(head)
	copy(b.e.b[start:], head)
	b.chunks = append(b.chunks, b.e.b[start:])
	b.e, b.n, b.last = nil, 0, len(b.e.b)
}

// parts returns the blob of the claims added as the parts it is stored in: the first
// holds the header, the names and valid times and the number of chunks, each other one
// chunk. Stored one part a row, a blob is read and written a chunk at a time: SQLite
// puts a row's value together in memory of its own before the driver copies it, and a
// blob of 68 MB (10^6 ties) in one row took that twice, in memory the process had not
// touched before.
func (b *blobBuilder) parts() [][]byte {
	b.flush()
	size := 8 + 3*binary.MaxVarintLen64
	for _, list := range [][]string{b.names, b.dates} {
		for _, s := range list {
			size += binary.MaxVarintLen64 + len(s)
		}
	}
	head := append(make([]byte, 0, size), 'A', 'L', 'C', cacheFormat, 0, 0, 0, 0)
	for _, list := range [][]string{b.names, b.dates} {
		head = binary.AppendUvarint(head, uint64(len(list)))
		for _, s := range list {
			head = binary.AppendUvarint(head, uint64(len(s)))
			head = append(head, s...)
		}
	}
	head = binary.AppendUvarint(head, uint64(len(b.chunks)))
	crc := crc32.Checksum(head[8:], castagnoli)
	for _, c := range b.chunks {
		crc = crc32.Update(crc, castagnoli, c)
	}
	binary.LittleEndian.PutUint32(head[4:8], crc)
	return append([][]byte{head}, b.chunks...)
}
