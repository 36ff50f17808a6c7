package snapshot

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Claims is where an index's ties come from: Len ties in Parts parts, which Each reads
// in order, each part on its own (several at once, on several CPUs), and Tie gives one
// at a time. An index keeps in columns what snapshots read of each tie; the full claim
// (its citations, its note) is asked of Claims only when a reading names it, so that a
// store can decode it then (see package sqlite). Each may hand f the same Tie, refilled,
// every time, so f keeps none of its slices; Tie must be safe for concurrent use and
// give, for i, the claim Each gave.
type Claims interface {
	Len() int
	Parts() int
	Each(part int, f func(i int, t *alliances.Tie)) error
	Tie(i int) *alliances.Tie
}

// Named is Claims that number what their ties name, as a store's compact copy of them
// may: Names lists the subjects, objects and third parties, ValidTimes the valid times,
// and EachNamed gives with each tie the positions of its subject, object and third party
// in Names (-1 for none) and of its valid time in ValidTimes. Build then looks no actor
// up by name, and reads each valid time once.
type Named interface {
	Claims
	Names() []string
	ValidTimes() []edtf.Interval
	EachNamed(part int, f func(i int, t *alliances.Tie, subject, object, third, valid int32)) error
}

// Slice is a slice of ties as Claims.
type Slice []alliances.Tie

// slicePart is the number of ties of a part of a Slice.
const slicePart = 1 << 14

func (s Slice) Len() int   { return len(s) }
func (s Slice) Parts() int { return (len(s) + slicePart - 1) / slicePart }

func (s Slice) Each(part int, f func(i int, t *alliances.Tie)) error {
	for i := part * slicePart; i < min(len(s), (part+1)*slicePart); i++ {
		f(i, &s[i])
	}
	return nil
}

func (s Slice) Tie(i int) *alliances.Tie { return &s[i] }

// Index is the record's ties in columns. Tie i of the index is Tie(i).
type Index struct {
	Actors []string // actor number -> id, in the order first met

	claims   Claims
	id       []string
	actor    map[string]int32
	category []bool // per actor number: an actor of kind category
	subj     []int32
	obj      []int32
	third    []int32 // the other party of a mediation, -1 for every other tie
	kind     []uint8 // position in alliances.Kinds
	sign     []int8  // the sign in the alignment layer (alliances.SignOf)
	strict   []dayRange
	fuzzy    []dayRange
	ends     []uint8 // the kind of the valid time's start, and of its end shifted by 2 (edtf.EndKind)
	status   []uint8 // position in alliances.Statuses
	cred     []uint8 // best asserting credibility, 1..6
	rel      []uint8 // best reliability of an asserting source, 1 (A) .. 6 (F)
	source   []int32 // the one source the asserting citations cite (in sources), or noSource or severalSources
	sources  []string
	role     []uint8 // position in alliances.Roles of a membership's role, 255 for none
	weight   []float32
	inferred []bool // basis inferred
	ungraded []bool // no intensity recorded: weighed DefaultIntensity, or Filter.Ungraded
	directed []bool
	members  []int32 // ties of kind membership, in the record's order
	span     edtf.Range

	multiOnce sync.Once
	multi     [][]int32 // the claims of one relationship, where there are several (see multiClaims)
}

const (
	noSource       = -1 // no citation asserts the tie
	severalSources = -2 // the asserting citations cite more than one source
	noRole         = 255
)

// Len returns the number of ties.
func (ix *Index) Len() int { return len(ix.id) }

// Tie returns tie i, the full claim, as Claims gives it.
func (ix *Index) Tie(i int) *alliances.Tie { return ix.claims.Tie(i) }

// ID returns the id of tie i.
func (ix *Index) ID(i int) string { return ix.id[i] }

// Kind returns the kind of tie i.
func (ix *Index) Kind(i int) alliances.Kind {
	if k := int(ix.kind[i]); k < len(alliances.Kinds) {
		return alliances.Kinds[k].Kind
	}
	return ix.Tie(i).Kind // a kind the project does not know: a record not validated
}

// Status returns the status of tie i.
func (ix *Index) Status(i int) alliances.Status {
	if s := int(ix.status[i]); s < len(alliances.Statuses) {
		return alliances.Statuses[s]
	}
	return ix.Tie(i).Status
}

// Intensity returns the intensity of tie i, 0 when the record gives none.
func (ix *Index) Intensity(i int) int {
	if ix.ungraded[i] {
		return 0
	}
	return int(ix.weight[i])
}

// Inferred reports whether tie i is the analyst's inference rather than the sources'
// statement.
func (ix *Index) Inferred(i int) bool { return ix.inferred[i] }

// Directed reports whether tie i runs from its subject to its object only.
func (ix *Index) Directed(i int) bool { return ix.directed[i] }

// Parties returns the actor numbers of tie i's subject and object, and of its third
// party, -1 unless the tie is a mediation that names one.
func (ix *Index) Parties(i int) (subject, object, third int32) {
	return ix.subj[i], ix.obj[i], ix.third[i]
}

// Source returns the one source every asserting citation of tie i cites, and false when
// none asserts it or they cite several. The data sets of one publisher count as one
// source, named by their ids joined with commas.
func (ix *Index) Source(i int) (string, bool) {
	if s := ix.source[i]; s >= 0 {
		return ix.sources[s], true
	}
	return "", false
}

// Cited reports whether some citation of tie i asserts it.
func (ix *Index) Cited(i int) bool { return ix.source[i] != noSource }

// Span returns the days from the earliest to the latest date the record's ties give (a
// start or an end; open and unknown ends aside); First > Last when no tie has a date.
func (ix *Index) Span() edtf.Range { return ix.span }

// DefaultIntensity is the weight of a tie whose intensity the record does not give: the
// middle of the scale from 1 (token) to 5 (decisive), neither token nor decisive.
const DefaultIntensity = 3

// dayRange is a range of days in 32 bits: enough for every date from 5.8 million years
// before to after 1970; the unbounded ends of edtf clamp to the extremes.
type dayRange struct{ first, last int32 }

func clampDay(d edtf.Day) int32 {
	const lim = 1<<31 - 1
	switch {
	case d >= lim:
		return lim
	case d <= -lim:
		return -lim
	}
	return int32(d)
}

func rangeOf(r edtf.Range) dayRange { return dayRange{clampDay(r.First), clampDay(r.Last)} }

func (r dayRange) overlaps(o dayRange) bool { return r.first <= o.last && o.first <= r.last }

// days returns the number of days r and o share.
func (r dayRange) shared(o dayRange) int64 {
	first, last := max(r.first, o.first), min(r.last, o.last)
	if first > last {
		return 0
	}
	return int64(last) - int64(first) + 1
}

func (r dayRange) days() int64 { return int64(r.last) - int64(r.first) + 1 }

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

// start and end return the kinds of the ends of tie i's valid time.
func (ix *Index) start(i int) edtf.EndKind { return edtf.EndKind(ix.ends[i] & 3) }
func (ix *Index) end(i int) edtf.EndKind   { return edtf.EndKind(ix.ends[i] >> 2) }

// boundUnknownEnds narrows the possible reach of unknown ends by what the record knows of
// the actors: a tie held by a date, begun at an unknown one, possibly began no earlier
// than the first known date of either actor's ties (a front founded in February 2018
// joined no coalition in 2009); and a tie with an unknown end possibly lasted no later
// than the last known date of either actor's ties, unless one of them has a tie still
// going. Only ties with a known start (or end) date an actor.
func (ix *Index) boundUnknownEnds() {
	const unseen = 1<<31 - 1
	first := make([]int32, len(ix.Actors))
	last := make([]int32, len(ix.Actors))
	for a := range first {
		first[a], last[a] = unseen, -unseen
	}
	for i := range ix.id {
		for _, a := range []int32{ix.subj[i], ix.obj[i]} {
			if ix.start(i) == edtf.Closed {
				first[a] = min(first[a], ix.strict[i].first)
			}
			switch ix.end(i) {
			case edtf.Closed:
				last[a] = max(last[a], ix.strict[i].last)
			case edtf.Open:
				last[a] = unseen
			}
		}
	}
	// The later of the actors' first dates, the earlier of their last ones, among those
	// known (a last date of unseen: a tie still going, no bound).
	for i := range ix.id {
		a, b := ix.subj[i], ix.obj[i]
		if ix.start(i) == edtf.Unknown {
			f := int32(-unseen)
			for _, x := range []int32{first[a], first[b]} {
				if x != unseen {
					f = max(f, x)
				}
			}
			if f != -unseen && f <= ix.strict[i].first {
				ix.fuzzy[i].first = max(ix.fuzzy[i].first, f)
			}
		}
		if ix.end(i) == edtf.Unknown && last[a] != unseen && last[b] != unseen {
			l := int32(unseen)
			for _, x := range []int32{last[a], last[b]} {
				if x != -unseen {
					l = min(l, x)
				}
			}
			if l != unseen && l >= ix.strict[i].last {
				ix.fuzzy[i].last = min(ix.fuzzy[i].last, l)
			}
		}
	}
}

// numberOf returns the actor number of id, adding it when new.
func (ix *Index) numberOf(id string) int32 {
	if n, ok := ix.actor[id]; ok {
		return n
	}
	n := int32(len(ix.Actors))
	ix.actor[id] = n
	ix.Actors = append(ix.Actors, id)
	return n
}

// Actor returns the number of an actor id, and whether any tie involves it.
func (ix *Index) Actor(id string) (int32, bool) {
	n, ok := ix.actor[id]
	return n, ok
}

// Category reports whether actor number a is an actor of kind category.
func (ix *Index) Category(a int32) bool { return ix.category[a] }

func kindIndex(k alliances.Kind) int {
	return slices.IndexFunc(alliances.Kinds, func(ki alliances.KindInfo) bool { return ki.Kind == k })
}

// reliabilityRank maps A..F to 1..6; anything else to 6.
func reliabilityRank(r string) uint8 {
	if i := slices.Index(alliances.Reliabilities, r); i >= 0 {
		return uint8(i + 1)
	}
	return 6
}
