package snapshot

// Building an index: the ties read once, in parts on all CPUs, into the index's columns.

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// NewIndex builds the index of ties (see Build). The index keeps the ties slice, without
// copying it.
func NewIndex(ties []alliances.Tie, sources []alliances.Source, actors []alliances.Actor) *Index {
	ix, _ := Build(Slice(ties), sources, actors) // a slice has no error to give
	return ix
}

// Build builds the index of the ties claims gives, reading each once, the parts on all
// CPUs at once. Sources give the reliability of each citation's source; a source missing
// from them counts as F (cannot be judged). Actors give the actors' kinds: an actor of
// kind category is left out of snapshots unless asked for; an actor missing from them
// counts as a plain actor; an actor merged into another (alliances.Actor.MergedInto)
// is numbered as the actor it is, so that its ties are that actor's. The error is the
// first one Each returned.
func Build(claims Claims, sources []alliances.Source, actors []alliances.Actor) (*Index, error) {
	n := claims.Len()
	ix := &Index{claims: claims, actor: make(map[string]int32, len(actors)), // sized for the actors given, to spare growing it
		id: make([]string, n), subj: make([]int32, n), obj: make([]int32, n), third: make([]int32, n), kind: make([]uint8, n),
		sign: make([]int8, n), strict: make([]dayRange, n), fuzzy: make([]dayRange, n), ends: make([]uint8, n),
		status: make([]uint8, n), cred: make([]uint8, n), rel: make([]uint8, n), source: make([]int32, n), role: make([]uint8, n),
		weight: make([]float32, n), inferred: make([]bool, n), ungraded: make([]bool, n), directed: make([]bool, n)}
	b := &builder{ix: ix, sources: make(map[string]sourceInfo, len(sources)),
		pos: map[string]int32{}, at: make([]int32, 3*n), extra: map[string]sourceInfo{}}
	// Data sets of one publisher are one source for corroboration: two versions of a
	// data set, or two data sets one program codes, do not confirm each other.
	producers := map[string]int32{}
	for _, s := range sources {
		info, ok := b.sources[s.ID]
		if !ok {
			key := ""
			if s.Kind == "dataset" && s.Publisher != "" {
				key = s.Publisher
			}
			if n, same := producers[key]; same && key != "" {
				info.num = n
				ix.sources[n] += ", " + s.ID
			} else {
				info.num = int32(len(ix.sources))
				ix.sources = append(ix.sources, s.ID)
				if key != "" {
					producers[key] = info.num
				}
			}
		}
		info.rel = reliabilityRank(s.Reliability) // the last of an id given twice, as ever
		b.sources[s.ID] = info
	}
	named, _ := claims.(Named)
	if named != nil {
		b.names = named.Names()
		b.valid = make([]valid, len(named.ValidTimes()))
		for v, iv := range named.ValidTimes() {
			b.valid[v] = validColumns(iv)
		}
	} else {
		b.names = make([]string, len(actors))
		for i := len(actors) - 1; i >= 0; i-- {
			b.names[i] = actors[i].ID
			b.pos[actors[i].ID] = int32(i) // the first of an id given twice
		}
	}
	parts := claims.Parts()
	states := make([]partState, parts)
	errs := make([]error, parts)
	next := make(chan int, parts)
	for p := range parts {
		next <- p
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), parts) {
		wg.Go(func() {
			for p := range next {
				st := &states[p]
				st.span = edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}
				if named != nil {
					errs[p] = named.EachNamed(p, func(i int, t *alliances.Tie, subject, object, third, v int32) {
						b.addNamed(i, t, st, subject, object, third, v)
					})
				} else {
					errs[p] = claims.Each(p, func(i int, t *alliances.Tie) { b.add(i, t, st) })
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ix.span = edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}
	for _, st := range states {
		ix.span.First, ix.span.Last = min(ix.span.First, st.span.First), max(ix.span.Last, st.span.Last)
	}
	b.into = alliances.Canonical(actors)
	b.number()
	ix.boundUnknownEnds()
	ix.category = make([]bool, len(ix.Actors))
	for _, a := range actors {
		if a.Kind != alliances.Category {
			continue
		}
		if n, ok := ix.actor[a.ID]; ok {
			ix.category[n] = true
		}
	}
	return ix, nil
}

// builder fills an index's columns, the parts of the ties at once, then numbers their
// actors in order.
type builder struct {
	ix      *Index
	sources map[string]sourceInfo // the sources given, by id
	names   []string              // what positions refer to: the ids of the actors given, or Named.Names
	pos     map[string]int32      // id -> position in names, when the claims do not give positions
	valid   []valid               // the columns of Named.ValidTimes
	at      []int32               // per tie: the positions of its subject, object and third party, -1 for none or an actor not given
	into    map[string]string     // the actors merged into others: id -> the actor it is

	mu    sync.Mutex
	extra map[string]sourceInfo // the sources cited but not given
}

// sourceInfo is what the index reads of a source: its position in ix.sources and its
// reliability rank (0 for a source cited but not given).
type sourceInfo struct {
	num int32
	rel uint8
}

// partState is what the reading of one part keeps from tie to tie.
type partState struct {
	span        edtf.Range // of the dates read
	subject     string     // the subject of the tie before, and its position:
	subjectAt   int32      // records list an actor's ties together
	subjectSeen bool
	cited       [64]citedSource // the sources met last, by where their id lies in memory
}

// citedSource is a source id met in a part, and what the index reads of it. A store's
// Claims give one string for every citation of a source (in a part at least), so that
// the id is recognised by its place in memory, without a map; any other id is looked
// up, and only costs the time.
type citedSource struct {
	id   string
	info sourceInfo
}

// add fills the columns of tie i but its actor numbers (see number), and widens the
// part's span to its known dates.
func (b *builder) add(i int, t *alliances.Tie, st *partState) {
	// The actors are numbered after, in order (see number), from their positions in the
	// actors given; third marks a tie with a third party -1 meanwhile.
	if !st.subjectSeen || t.Subject != st.subject {
		st.subject, st.subjectAt, st.subjectSeen = t.Subject, b.position(t.Subject), true
	}
	third := int32(-1)
	if t.Kind == alliances.Mediation && t.Third != "" {
		third = b.position(t.Third)
	}
	b.addAt(i, t, st, st.subjectAt, b.position(t.Object), third, validColumns(t.Valid))
}

// addNamed fills the columns of tie i, whose subject, object and third party lie at
// positions of b.names (-1 for none), and whose valid time is b.valid[v].
func (b *builder) addNamed(i int, t *alliances.Tie, st *partState, subject, object, third, v int32) {
	if t.Kind != alliances.Mediation {
		third = -1
	}
	b.addAt(i, t, st, subject, object, third, b.valid[v])
}

// valid is what the index reads of a valid time.
type valid struct {
	strict, fuzzy dayRange
	ends          uint8      // see Index.ends
	span          edtf.Range // of its known dates; First > Last when it has none
}

func validColumns(iv edtf.Interval) valid {
	v := valid{strict: rangeOf(iv.Strict()), fuzzy: rangeOf(iv.Fuzzy()), span: edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}}
	start, end := iv.Start(), iv.End()
	v.ends = uint8(start.Kind) | uint8(end.Kind)<<2
	for _, p := range []edtf.Endpoint{start, end} {
		if p.Kind == edtf.Closed {
			r := p.Date.Strict()
			v.span.First, v.span.Last = min(v.span.First, r.First), max(v.span.Last, r.Last)
		}
	}
	// An unknown end (not an open one) possibly reaches at most maxMargin days beyond
	// what is certain, as in a Draw: "2016/" is not "possibly still going".
	if start.Kind == edtf.Unknown {
		v.fuzzy.first = max(v.fuzzy.first, v.strict.first-maxMargin)
	}
	if end.Kind == edtf.Unknown {
		v.fuzzy.last = min(v.fuzzy.last, v.strict.last+maxMargin)
	}
	return v
}

// addAt fills the columns of tie i, given the positions of its parties (third -1 for
// none) and what the index reads of its valid time.
func (b *builder) addAt(i int, t *alliances.Tie, st *partState, subject, object, third int32, v valid) {
	ix := b.ix
	ix.id[i] = t.ID
	ix.kind[i] = uint8(kindIndex(t.Kind))
	ix.sign[i] = int8(alliances.SignOf(t.Kind, t.Type))
	ix.strict[i], ix.fuzzy[i], ix.ends[i] = v.strict, v.fuzzy, v.ends
	st.span.First, st.span.Last = min(st.span.First, v.span.First), max(st.span.Last, v.span.Last)
	ix.status[i] = uint8(slices.Index(alliances.Statuses, t.Status))
	ix.cred[i] = uint8(alliances.BestCredibility(t.Citations))
	ix.rel[i] = 6
	ix.source[i] = noSource
	for _, c := range t.Citations {
		if c.Stance == alliances.Denies {
			continue
		}
		src := b.source(st, c.Source)
		if src.rel > 0 && src.rel < ix.rel[i] {
			ix.rel[i] = src.rel
		}
		switch ix.source[i] {
		case noSource:
			ix.source[i] = src.num
		case src.num, severalSources:
		default:
			ix.source[i] = severalSources
		}
	}
	ix.weight[i], ix.ungraded[i] = DefaultIntensity, t.Intensity == 0
	if t.Intensity > 0 {
		ix.weight[i] = float32(t.Intensity)
	}
	ix.inferred[i], ix.directed[i] = !t.IsStated(), t.Directed
	b.at[3*i], b.at[3*i+1], b.at[3*i+2] = subject, object, third
	ix.third[i] = -2 // no third party
	if t.Kind == alliances.Mediation && t.Third != "" {
		ix.third[i] = -1
	}
	ix.role[i] = noRole
	if t.Kind == alliances.Membership {
		if r := slices.Index(alliances.Roles, t.Role); r >= 0 {
			ix.role[i] = uint8(r)
		}
	}
}

func (b *builder) position(id string) int32 {
	if p, ok := b.pos[id]; ok {
		return p
	}
	return -1
}

// number numbers the actors of the ties in the order first met (subject, object, third
// party, tie by tie), and lists the membership ties. An actor among those given is found
// by its position after the first time, not searched for in the map.
func (b *builder) number() {
	ix := b.ix
	numbers := make([]int32, len(b.names))
	for i := range numbers {
		numbers[i] = -1
	}
	canonical := func(id string) string {
		if to, ok := b.into[id]; ok {
			return to
		}
		return id
	}
	numberOf := func(p int32, i int, party func(*alliances.Tie) string) int32 {
		switch {
		case p < 0:
			return ix.numberOf(canonical(party(ix.claims.Tie(i)))) // not among the actors given: a record not validated
		case numbers[p] < 0:
			numbers[p] = ix.numberOf(canonical(b.names[p]))
		}
		return numbers[p]
	}
	for i := range ix.id {
		hasThird := ix.third[i] == -1
		ix.subj[i] = numberOf(b.at[3*i], i, func(t *alliances.Tie) string { return t.Subject })
		ix.obj[i] = numberOf(b.at[3*i+1], i, func(t *alliances.Tie) string { return t.Object })
		ix.third[i] = -1
		if hasThird {
			ix.third[i] = numberOf(b.at[3*i+2], i, func(t *alliances.Tie) string { return t.Third })
		}
		if ix.kind[i] == membershipKind {
			ix.members = append(ix.members, int32(i))
		}
	}
}

// membershipKind is the position of alliances.Membership in alliances.Kinds.
var membershipKind = uint8(kindIndex(alliances.Membership))

// source returns what the index reads of a cited source, through the part's memory of
// the sources met last.
func (b *builder) source(st *partState, id string) sourceInfo {
	if id == "" {
		return b.lookupSource(id)
	}
	at := unsafe.StringData(id)
	slot := &st.cited[uintptr(unsafe.Pointer(at))>>3%uintptr(len(st.cited))]
	if unsafe.StringData(slot.id) == at && len(slot.id) == len(id) {
		return slot.info
	}
	slot.id, slot.info = id, b.lookupSource(id)
	return slot.info
}

// lookupSource returns what the index reads of a source. The sources given are numbered
// before the ties are read, and looked up without a lock; another cited is added under
// one.
func (b *builder) lookupSource(id string) sourceInfo {
	if info, ok := b.sources[id]; ok {
		return info
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if info, ok := b.extra[id]; ok {
		return info
	}
	info := sourceInfo{num: int32(len(b.ix.sources))}
	b.extra[id] = info
	b.ix.sources = append(b.ix.sources, id)
	return info
}
