package sqlstore

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// The record cache (see cache.go) keeps the current claims of one entity of one case in
// one blob, written by cacheencode.go and read here, in this layout:
//
//	"ALC" format(1) | CRC-32C of the rest (4, little endian) |
//	names: count (uvarint), each raw | valid times: count, each raw |
//	chunk count (uvarint) | each chunk: its length in bytes (uvarint), then its payload
//	payload: claim count (uvarint), then each claim: version (uvarint), recorded from
//	(varint, Unix nanoseconds), recorded to (varint, 0 when current), then its fields in
//	the order of the Go struct.
//
// Integers are varints; a string is either written in full, its length then its bytes
// (raw), or interned (str): 0 for "", 1 followed by the string for a string not seen
// before in the chunk, k+2 for the k-th string seen before. Ids of actors, kinds, stances
// and dates recur in many claims and are written once a chunk. A slice or map is its
// length plus one, 0 for nil, so that nil and empty read back as they were. Chunks of
// chunkClaims claims decode on all CPUs at once.
//
// A tie names its subject, object and third party by their position in the blob's
// names plus one (0 for ""), and its valid time by its position in the blob's valid
// times, both in the order first met: a reader numbers the actors without looking a
// name up, and parses each valid time once (see TieClaims). Blobs of actors and sources
// have no names and no valid times.

const cacheFormat = 5

// chunkClaims is the number of claims of a chunk.
const chunkClaims = 1 << 14

// errCorrupt is a blob that does not decode: wrong header, checksum or length.
var errCorrupt = errors.New("record cache blob does not decode")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// blobReader reads one blob. Its strings are substrings of one copy of the blob, so that
// decoding allocates no string; a read past the end or a bad value sets bad.
type blobReader struct {
	cites  []alliances.Citation // allocated a slab at a time
	forms  []alliances.Form
	s      string
	i      int
	bad    bool
	table  []string
	dates  map[uint64]edtf.Interval // by position in table
	caseID string
	*layout

	at refs // where the tie read last names its parties and its valid time
}

// layout is a blob read: its chunks' payloads with the number of claims each holds, as
// substrings of the blob, and its names and valid times.
type layout struct {
	chunks []string
	counts []int
	names  []string
	valid  []edtf.Interval
}

// refs are the positions of a tie's subject, object and third party in its blob's
// names (-1 for none) and of its valid time in the blob's valid times.
type refs struct{ Subject, Object, Third, Valid int32 }

// checkBlob checks a blob's header and checksum and reads its layout: its parts are
// substrings of the blob's, and its valid times are parsed. A blob comes in parts (see
// blobBuilder.parts), their bytes one after another the layout above; the first holds
// the header and the tables, and no chunk is split between two.
func checkBlob(parts []string) (*layout, error) {
	if len(parts) == 0 {
		return nil, errCorrupt
	}
	blob := parts[0]
	if len(blob) < 8 || blob[:3] != "ALC" || blob[3] != cacheFormat {
		return nil, errCorrupt
	}
	crc := crc32.Checksum(unsafeBytes(blob[8:]), castagnoli)
	for _, p := range parts[1:] {
		crc = crc32.Update(crc, castagnoli, unsafeBytes(p))
	}
	if binary.LittleEndian.Uint32(unsafeBytes(blob[4:8])) != crc {
		return nil, errCorrupt
	}
	d := &blobReader{s: blob, i: 8}
	l := &layout{}
	l.names = make([]string, d.count())
	for i := range l.names {
		l.names[i] = d.raw()
	}
	l.valid = make([]edtf.Interval, d.count())
	for i := range l.valid {
		if err := l.valid[i].UnmarshalText(unsafeBytes(d.raw())); err != nil {
			return nil, errCorrupt
		}
	}
	rest := len(blob) - d.i // the bytes left for the chunks, a byte a chunk at least
	for _, p := range parts[1:] {
		rest += len(p)
	}
	n := int(min(d.uint(), uint64(rest)+1))
	l.chunks, l.counts = make([]string, 0, n), make([]int, 0, n)
	for p := 0; ; {
		for d.i < len(d.s) && !d.bad && len(l.chunks) < n {
			c := d.raw()
			l.counts = append(l.counts, (&blobReader{s: c}).count())
			l.chunks = append(l.chunks, c)
		}
		if d.bad || d.i != len(d.s) {
			return nil, errCorrupt
		}
		if p++; p == len(parts) {
			break
		}
		d = &blobReader{s: parts[p]}
	}
	if len(l.chunks) != n {
		return nil, errCorrupt
	}
	return l, nil
}

// name reads a name of the blob's table, setting where to its position (-1 for "").
func (d *blobReader) name(where *int32) string {
	k := d.uint()
	switch {
	case k == 0:
		*where = -1
		return ""
	case k-1 < uint64(len(d.names)):
		*where = int32(k - 1)
		return d.names[k-1]
	}
	d.bad = true
	return ""
}

func (d *blobReader) uint() uint64 {
	var n uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.i >= len(d.s) {
			break
		}
		c := d.s[d.i]
		d.i++
		n |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return n
		}
	}
	d.bad = true
	return 0
}

func (d *blobReader) int() int64 {
	u := d.uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return n
}

// count reads a length that can be no more than the bytes left (each element takes one
// at least), so that a corrupt length cannot ask for a huge allocation.
func (d *blobReader) count() int {
	n := d.uint()
	if n > uint64(len(d.s)-d.i)+1 {
		d.bad = true
		return 0
	}
	return int(n)
}

func (d *blobReader) bool() bool {
	if d.i >= len(d.s) || d.s[d.i] > 1 {
		d.bad = true
		return false
	}
	d.i++
	return d.s[d.i-1] == 1
}

func (d *blobReader) raw() string {
	n := d.count()
	if d.bad || n > len(d.s)-d.i {
		d.bad = true
		return ""
	}
	d.i += n
	return d.s[d.i-n : d.i]
}

func (d *blobReader) str() string {
	switch k := d.uint(); {
	case k == 0:
		return ""
	case k == 1:
		s := d.raw()
		d.table = append(d.table, s)
		return s
	case k-2 < uint64(len(d.table)):
		return d.table[k-2]
	}
	d.bad = true
	return ""
}

func (d *blobReader) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	xs := make([]string, n-1)
	for i := range xs {
		xs[i] = d.str()
	}
	return xs
}

// date reads an interned date, parsed once for each string of the chunk's table.
func (d *blobReader) date() edtf.Interval {
	at := d.i
	k := d.uint()
	if k >= 2 {
		if iv, ok := d.dates[k-2]; ok {
			return iv
		}
	}
	d.i = at
	s := d.str()
	var iv edtf.Interval
	if err := iv.UnmarshalText([]byte(s)); err != nil {
		d.bad = true
	}
	if k == 1 {
		k = uint64(len(d.table)) + 1 // the string just added
	}
	if k >= 2 {
		d.dates[k-2] = iv
	}
	return iv
}

func (d *blobReader) recorded(r *alliances.Recorded) {
	r.Case = d.caseID
	r.Version = int(d.uint())
	r.From = time.Unix(0, d.int()).UTC()
	r.To = time.Time{}
	if to := d.int(); to != 0 {
		r.To = time.Unix(0, to).UTC()
	}
}

func (d *blobReader) citations() []alliances.Citation {
	n := d.count()
	if n == 0 {
		return nil
	}
	if n == 1 {
		return []alliances.Citation{}
	}
	if len(d.cites)+n-1 > cap(d.cites) {
		d.cites = make([]alliances.Citation, 0, max(n-1, 4096))
	}
	cs := d.cites[len(d.cites) : len(d.cites)+n-1 : len(d.cites)+n-1]
	d.cites = d.cites[:len(d.cites)+n-1]
	for i := range cs {
		c := &cs[i]
		c.Source = d.str()
		c.Locator = d.raw()
		c.Credibility = alliances.Credibility(d.int())
		c.AttributedTo = d.str()
		c.Stance = alliances.Stance(d.str())
		c.Note = d.raw()
	}
	return cs
}

func (d *blobReader) tie(t *alliances.Tie, r *alliances.Recorded) {
	d.recorded(r)
	t.Recorded = r
	t.ID = d.raw()
	t.Subject = d.name(&d.at.Subject)
	t.Object = d.name(&d.at.Object)
	t.Kind = alliances.Kind(d.str())
	t.Type = alliances.AgreementType(d.str())
	t.Sign = alliances.Sign(d.int())
	t.Directed = d.bool()
	switch n := d.count(); {
	case n == 0:
		t.Forms = nil
	case n == 1:
		t.Forms = []alliances.Form{}
	default:
		if len(d.forms)+n-1 > cap(d.forms) {
			d.forms = make([]alliances.Form, 0, max(n-1, 4096))
		}
		t.Forms = d.forms[len(d.forms) : len(d.forms)+n-1 : len(d.forms)+n-1]
		d.forms = d.forms[:len(d.forms)+n-1]
		for i := range t.Forms {
			t.Forms[i] = alliances.Form(d.str())
		}
	}
	t.Third = d.name(&d.at.Third)
	t.Role = alliances.Role(d.str())
	if k := d.uint(); k < uint64(len(d.valid)) {
		t.Valid, d.at.Valid = d.valid[k], int32(k)
	} else {
		d.bad = true
	}
	t.Intensity = int(d.int())
	t.Rank = int(d.int())
	t.Status = alliances.Status(d.str())
	t.Basis = alliances.Basis(d.str())
	t.Citations = d.citations()
	t.Note = d.raw()
}

func (d *blobReader) actor(a *alliances.Actor, r *alliances.Recorded) {
	d.recorded(r)
	a.Recorded = r
	a.ID = d.raw()
	a.Name = d.raw()
	a.Aliases = d.strs()
	a.Kind = d.str()
	a.Country = d.str()
	a.Province = d.str()
	a.Tags = d.strs()
	a.External = nil
	if n := d.count(); n > 0 {
		a.External = make(map[string]string, n-1)
		for range n - 1 {
			k := d.str()
			a.External[k] = d.raw()
		}
	}
	a.Note = d.raw()
	a.MergedInto = d.raw()
	a.MergeNote = d.raw()
}

func (d *blobReader) source(s *alliances.Source, r *alliances.Recorded) {
	d.recorded(r)
	s.Recorded = r
	s.ID = d.raw()
	s.Title = d.raw()
	s.Author = d.str()
	s.Publisher = d.str()
	s.Date = nil
	if d.bool() {
		iv := d.date()
		s.Date = &iv
	}
	s.URL = d.raw()
	s.Kind = d.str()
	s.Reliability = d.str()
	s.Note = d.raw()
	s.Restricted = d.bool()
}

// decodeClaims reads a blob that encodeClaims wrote for caseID, keeping the claims keep
// accepts (all with nil keep). Its chunks decode in parallel. The claims' text shares
// the blob's memory: the blob must never change after.
func decodeClaims[T any](parts [][]byte, caseID string, keep func(*T) bool) ([]T, error) {
	l, err := checkBlob(unsafeStrings(parts)) // the blob is ours, and never written again
	if err != nil {
		return nil, err
	}
	chunks, counts := l.chunks, l.counts
	total := 0
	for _, n := range counts {
		total += n
	}
	if size := sizeOf(parts); total > size { // a claim takes a byte at least
		return nil, errCorrupt
	}
	if keep != nil {
		return decodeKept(l, caseID, keep)
	}
	out := make([]T, total)
	recs := make([]alliances.Recorded, total)
	bad := make([]bool, len(chunks))
	next := make(chan int, len(chunks))
	for c := range chunks {
		next <- c
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chunks)) {
		wg.Go(func() {
			for c := range next {
				off := 0
				for _, n := range counts[:c] {
					off += n
				}
				bad[c] = !decodeChunk(l, c, caseID, out[off:off+counts[c]], recs[off:off+counts[c]])
			}
		})
	}
	wg.Wait()
	if slices.Contains(bad, true) {
		return nil, errCorrupt
	}
	return out, nil
}

// decodeKept is decodeClaims of the claims keep accepts (which must be safe for
// concurrent use): each worker decodes a chunk into space it reuses and keeps copies
// of the claims accepted, so that a query that keeps a few of a million claims holds
// those only (`ties --kind support` at 1e6 ties held 750 MB).
func decodeKept[T any](l *layout, caseID string, keep func(*T) bool) ([]T, error) {
	kept := make([][]T, len(l.chunks))
	bad := make([]bool, len(l.chunks))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(l.chunks)) {
		wg.Go(func() {
			var vals []T
			var recs []alliances.Recorded
			var matched []int32
			for c := int(next.Add(1)) - 1; c < len(l.chunks); c = int(next.Add(1)) - 1 {
				n := l.counts[c]
				vals, recs = slices.Grow(vals[:0], n)[:n], slices.Grow(recs[:0], n)[:n]
				clear(vals) // nothing of the chunk before stays in a field a decoder leaves unset
				if !decodeChunk(l, c, caseID, vals, recs) {
					bad[c] = true
					continue
				}
				// The matches are counted first, so that each chunk's copies take one
				// allocation of their size: grown one by one, the actors of 10^6 ties
				// took 150 MB rather than 60.
				matched = matched[:0]
				for i := range vals {
					if keep(&vals[i]) {
						matched = append(matched, int32(i))
					}
				}
				if len(matched) == 0 {
					continue
				}
				kept[c] = make([]T, len(matched))
				for k, i := range matched {
					kept[c][k] = owned(vals[i])
				}
			}
		})
	}
	wg.Wait()
	if slices.Contains(bad, true) {
		return nil, errCorrupt
	}
	return slices.Concat(kept...), nil
}

// owned returns a copy of a claim decoded into reused space that shares none of it:
// its recorded times, and a tie's forms and citations (a chunk's ties share theirs).
func owned[T any](v T) T {
	switch c := any(&v).(type) {
	case *alliances.Tie:
		c.Forms, c.Citations = slices.Clone(c.Forms), slices.Clone(c.Citations)
		r := *c.Recorded
		c.Recorded = &r
	case *alliances.Actor:
		r := *c.Recorded
		c.Recorded = &r
	case *alliances.Source:
		r := *c.Recorded
		c.Recorded = &r
	}
	return v
}

// decodeChunk decodes the claims of one chunk into out, with their recorded times in
// recs, and reports whether the chunk decoded to its end.
func decodeChunk[T any](l *layout, chunk int, caseID string, out []T, recs []alliances.Recorded) bool {
	d := &blobReader{s: l.chunks[chunk], dates: map[uint64]edtf.Interval{}, caseID: caseID, layout: l}
	d.count()
	for i := range out {
		switch v := any(&out[i]).(type) {
		case *alliances.Tie:
			d.tie(v, &recs[i])
		case *alliances.Actor:
			d.actor(v, &recs[i])
		case *alliances.Source:
			d.source(v, &recs[i])
		}
		if d.bad {
			return false
		}
	}
	return d.i == len(d.s)
}
