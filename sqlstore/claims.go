package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// TieClaims is the current ties of one case as the record cache keeps them, decoded when
// asked for: Each reads them all in order into one Tie, refilled tie after tie (what an
// index needs, which keeps a few columns of each), and Tie decodes the chunk that holds
// a tie the first time one of its ties is asked for. It implements snapshot.Claims, so
// that an analysis of a million ties decodes in full only the ties it names.
type TieClaims struct {
	caseID string
	*layout
	starts    []int // the number of each chunk's first tie, then the count of ties
	transform func(*alliances.Tie)
	once      []sync.Once
	decoded   [][]alliances.Tie
}

// CaseTies returns the current ties of a case. Transform, when not nil, is applied to
// each tie Tie returns (to escape its text for people, say); it must leave the ids,
// kinds, dates, status and citations' sources and credibility as they are, which Each
// gives untransformed. A blob missing or stale is built from the claims' JSON, as for
// every read through the cache.
func (db *DB) CaseTies(ctx context.Context, caseID string, transform func(*alliances.Tie)) (*TieClaims, error) {
	const op = "ties"
	tx, stamp, err := db.readCache(ctx, op)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	blob, err := db.readBlob(ctx, tx, caseID, "tie", stamp)
	if err != nil && err != sql.ErrNoRows {
		return nil, db.wrap(op, err)
	}
	var l *layout
	if err == nil {
		l, err = checkBlob(unsafeStrings(blob)) // the blob is ours, and never written again
	}
	if err != nil { // missing, stale or corrupt
		vals, err := ofCase[alliances.Tie](ctx, db, tx, op, "tie", caseID)
		if err != nil {
			return nil, err
		}
		blob = encodeClaims(vals)
		tx.Rollback()                                                     // before writing: an in-memory database has one connection
		_ = db.storeCache(ctx, stamp, []cacheBlob{{caseID, "tie", blob}}) // only a copy: the next read builds it again
		if l, err = checkBlob(unsafeStrings(blob)); err != nil {
			return nil, alliances.Errorf(alliances.Internal, op, "the ties of case %s do not encode: %v", caseID, err)
		}
	}
	c, ok := newTieClaims(caseID, l, transform)
	if !ok {
		return nil, db.damaged(op, fmt.Sprintf("the record cache of case %s holds a chunk of another size than %d ties", caseID, chunkClaims))
	}
	return c, nil
}

// newTieClaims returns the ties of a blob read (see checkBlob), and false when a chunk
// but the last holds other than chunkClaims ties, which Tie relies on.
func newTieClaims(caseID string, l *layout, transform func(*alliances.Tie)) (*TieClaims, bool) {
	c := &TieClaims{caseID: caseID, layout: l, starts: make([]int, len(l.chunks)+1), transform: transform,
		once: make([]sync.Once, len(l.chunks)), decoded: make([][]alliances.Tie, len(l.chunks))}
	for i, n := range l.counts {
		if i+1 < len(l.counts) && n != chunkClaims {
			return nil, false
		}
		c.starts[i+1] = c.starts[i] + n
	}
	return c, true
}

// unsafeString returns b as a string without copying it; b must never change after.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// unsafeStrings returns the parts of a blob as strings without copying them; they must
// never change after.
func unsafeStrings(parts [][]byte) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = unsafeString(p)
	}
	return out
}

// sizeOf returns the size of a blob in parts, in bytes.
func sizeOf(parts [][]byte) int {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	return n
}

// unsafeBytes returns s as bytes without copying it, for reading only.
func unsafeBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// Len returns the number of ties.
func (c *TieClaims) Len() int { return c.starts[len(c.chunks)] }

// Parts returns the number of parts Each reads: the chunks of the blob.
func (c *TieClaims) Parts() int { return len(c.chunks) }

// Each calls f with each tie of a part in the case's order, as read from the cache: the
// same Tie each time, refilled, its strings and slices shared with the cache (f must keep
// no slice of it), untransformed. Parts can be read at the same time.
func (c *TieClaims) Each(part int, f func(i int, t *alliances.Tie)) error {
	return c.EachNamed(part, func(i int, t *alliances.Tie, _, _, _, _ int32) { f(i, t) })
}

// Names returns what the ties name as subject, object or third party, each once.
func (c *TieClaims) Names() []string { return c.names }

// ValidTimes returns the valid times of the ties, each once.
func (c *TieClaims) ValidTimes() []edtf.Interval { return c.valid }

// EachNamed is Each, giving with each tie the positions of its subject, object and third
// party in Names (-1 for none), and of its valid time in ValidTimes.
func (c *TieClaims) EachNamed(part int, f func(i int, t *alliances.Tie, subject, object, third, valid int32)) error {
	var t alliances.Tie
	var rec alliances.Recorded
	d := &blobReader{s: c.chunks[part], dates: map[uint64]edtf.Interval{}, caseID: c.caseID, layout: c.layout}
	d.count()
	for i := c.starts[part]; i < c.starts[part+1] && !d.bad; i++ {
		d.cites, d.forms = d.cites[:0], d.forms[:0] // the scratch space of the tie before
		d.tie(&t, &rec)
		f(i, &t, d.at.Subject, d.at.Object, d.at.Third, d.at.Valid)
	}
	if d.bad || d.i != len(d.s) {
		return alliances.Errorf(alliances.Internal, "ties", "the record cache of case %s does not decode (chunk %d)", c.caseID, part)
	}
	return nil
}

// Pick returns the ties numbered in list (in any order), in its order. Each chunk that
// holds one is decoded once, the chunks on every core, and none is kept: a reading of
// tens of thousands of ties spread over a large case holds those ties only, where Tie
// would keep every chunk they touch decoded. It is safe for concurrent use.
func (c *TieClaims) Pick(list []int32) []alliances.Tie {
	out := make([]alliances.Tie, len(list))
	order := make([]int, len(list)) // positions in list, by tie number
	for j := range order {
		order[j] = j
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(list[a], list[b]) })
	type run struct{ chunk, lo, hi int } // order[lo:hi] lie in chunk
	var runs []run
	for lo := 0; lo < len(order); {
		k, hi := int(list[order[lo]])/chunkClaims, lo+1
		for hi < len(order) && int(list[order[hi]])/chunkClaims == k {
			hi++
		}
		runs, lo = append(runs, run{k, lo, hi}), hi
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(runs)) {
		wg.Go(func() {
			var ties []alliances.Tie
			var rs []alliances.Recorded
			for r := int(next.Add(1)) - 1; r < len(runs); r = int(next.Add(1)) - 1 {
				k := runs[r].chunk
				n := c.starts[k+1] - c.starts[k]
				ties, rs = slices.Grow(ties[:0], n)[:n], slices.Grow(rs[:0], n)[:n]
				clear(ties) // nothing of the chunk before stays in a field a decoder leaves unset
				if !decodeChunk(c.layout, k, c.caseID, ties, rs) {
					panic(fmt.Sprintf("sqlite: chunk %d of the ties of case %s no longer decodes", k, c.caseID))
				}
				for _, j := range order[runs[r].lo:runs[r].hi] {
					t := owned(ties[int(list[j])-c.starts[k]]) // the chunk's slices and recorded times are shared
					if c.transform != nil {
						c.transform(&t)
					}
					out[j] = t
				}
			}
		})
	}
	wg.Wait()
	return out
}

// Tie returns tie i, decoding its chunk on first use. It is safe for concurrent use.
func (c *TieClaims) Tie(i int) *alliances.Tie {
	k := i / chunkClaims
	c.once[k].Do(func() {
		ties := make([]alliances.Tie, c.starts[k+1]-c.starts[k])
		if !decodeChunk(c.layout, k, c.caseID, ties, make([]alliances.Recorded, len(ties))) {
			// Each read the same bytes to the end before any tie was asked for.
			panic(fmt.Sprintf("sqlite: chunk %d of the ties of case %s no longer decodes", k, c.caseID))
		}
		if c.transform != nil {
			for j := range ties {
				c.transform(&ties[j])
			}
		}
		c.decoded[k] = ties
	})
	return &c.decoded[k][i-c.starts[k]]
}
