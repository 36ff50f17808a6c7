package answer

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// Snapshot is what every analysis asks of the record: which ties make the snapshot, as
// the command line's flags and the API's parameters give it. The zero value is not the
// default: see DefaultSnapshot.
type Snapshot struct {
	At               string   // the date: a day, or a month, year or window read by Overlap
	KnownAt          string   // the record as known at this time (RFC 3339 or a date); "" is now
	Kinds            []string // only ties of these kinds
	Signs            []string // only ties of these signs (+, -, 0)
	Statuses         []string // only ties with these statuses (default: all but denied and retracted)
	MinCredibility   int      // only ties with a citation this credible or more (1 .. 6; 0: any)
	MinReliability   string   // only ties with a source of this grade or better (A .. F; "": any)
	Fuzzy            bool     // count ties possibly active at the date, not only those certainly active
	Overlap          string   // at a period: majority or any
	Layers           string   // the layers read, each with an optional weight: alignment,process=0.25
	NoFold           bool     // keep parts apart from their organizations
	PartWeight       float64  // the weight of a folded part's ties, above 0 and at most 1
	Categories       bool     // keep the actors of kind category
	Stated           bool     // only the ties the sources state
	WeighCredibility bool     // weigh each tie by its credibility too
	Explain          bool     // name the ties behind each number, with their evidence
	Robust           bool     // rerun over the variants of the snapshot and report the spread
}

// DefaultSnapshot returns the parameters an analysis takes when none is given.
func DefaultSnapshot() Snapshot {
	return Snapshot{Overlap: "majority", Layers: "alignment", PartWeight: 0.5}
}

// Filter turns the parameters into a snapshot filter and the record time.
func (s *Snapshot) Filter() (snapshot.Filter, time.Time, error) {
	tf, err := TieFilter(nil, s.Kinds, s.Signs, s.Statuses, s.MinCredibility, s.At, s.Fuzzy, s.KnownAt)
	if err != nil {
		return snapshot.Filter{}, time.Time{}, err
	}
	if s.MinReliability != "" && !slices.Contains(alliances.Reliabilities, s.MinReliability) {
		return snapshot.Filter{}, time.Time{}, usageError("--min-reliability %q, expected a grade from A (completely reliable) to F", s.MinReliability)
	}
	overlap, ok := snapshot.ParseOverlap(s.Overlap)
	if !ok {
		return snapshot.Filter{}, time.Time{}, usageError("--overlap %q, expected majority or any", s.Overlap)
	}
	if !(s.PartWeight > 0 && s.PartWeight <= 1) {
		return snapshot.Filter{}, time.Time{}, usageError("--part-weight %g, expected a weight above 0 and at most 1", s.PartWeight)
	}
	layers, err := snapshot.ParseLayers(s.Layers)
	if err != nil {
		return snapshot.Filter{}, time.Time{}, usageError("--layers %q: %v", s.Layers, err)
	}
	f := snapshot.Filter{At: tf.At, Overlap: overlap, Fuzzy: s.Fuzzy, Layers: layers, Kinds: tf.Kinds, Signs: tf.Signs,
		Statuses: tf.Statuses, MinCredibility: tf.MinCredibility, MinReliability: s.MinReliability, Stated: s.Stated,
		WeighCredibility: s.WeighCredibility, Fold: !s.NoFold, PartWeight: s.PartWeight, Categories: s.Categories}
	for _, k := range f.Kinds {
		if layer := k.Layer(); !f.HasLayer(layer) && !(k == alliances.Agreement && f.HasLayer(alliances.Alignment)) {
			return f, time.Time{}, usageError("--kind %s is in the %s layer, which --layers %s leaves out; add it (--layers %s,%s) to centrality, brokers or path: a signed analysis (balance, blocs, diff, cascade) reads the alignment layer only", k, layer, s.Layers, s.Layers, layer)
		}
	}
	return f, tf.KnownAt, nil
}

// Signed checks that a signed analysis reads the alignment layer alone: membership is
// what folds, never a signed tie; and a process tie (a cease-fire, talks, a mediation)
// makes no one a friend or an enemy. The deals that do align their parties (business,
// defection, power-sharing) count in the alignment layer already.
func (s *Snapshot) Signed(f snapshot.Filter) error {
	if f.HasLayer(alliances.Hierarchy) {
		return usageError("--layers %s: a signed analysis does not read the hierarchy layer (membership folds, it is no friendship); leave it out", s.Layers)
	}
	if f.HasLayer(alliances.Process) {
		return usageError("--layers %s: a signed analysis reads the alignment layer only: a cease-fire, talks or a mediation make no one a friend or an enemy, "+
			"and the deals that align their parties count there already; read the process layer with centrality, brokers or path", s.Layers)
	}
	return nil
}

// TieFilter reads the parameters that choose ties: actors, kinds, signs, statuses, the
// least credibility, the date and the record time.
func TieFilter(actors, kinds, signs, statuses []string, minCred int, at string, fuzzy bool, knownAt string) (alliances.TieFilter, error) {
	f := alliances.TieFilter{Actors: actors, Fuzzy: fuzzy}
	for _, k := range kinds {
		if !alliances.Kind(k).Valid() {
			return f, usageError("--kind %q is not a tie kind, expected one of %s", k, JoinKinds())
		}
		f.Kinds = append(f.Kinds, alliances.Kind(k))
	}
	for _, s := range signs {
		sign, ok := alliances.ParseSign(s)
		if !ok {
			return f, usageError("--sign %q, expected +, - or 0", s)
		}
		f.Signs = append(f.Signs, sign)
	}
	for _, s := range statuses {
		if !slices.Contains(alliances.Statuses, alliances.Status(s)) {
			return f, usageError("--status %q, expected one of %s", s, JoinStrings(alliances.Statuses, ", "))
		}
		f.Statuses = append(f.Statuses, alliances.Status(s))
	}
	if minCred != 0 && !alliances.Credibility(minCred).Valid() {
		return f, usageError("--min-credibility %d, expected 1 (confirmed) to 6 (cannot be judged)", minCred)
	}
	f.MinCredibility = alliances.Credibility(minCred)
	var err error
	if f.At, err = parseAt("at", at); err != nil {
		return f, err
	}
	f.KnownAt, err = ParseKnownAt(knownAt)
	return f, err
}

// JoinKinds lists the tie kinds.
func JoinKinds() string {
	var ks []alliances.Kind
	for _, k := range alliances.Kinds {
		ks = append(ks, k.Kind)
	}
	return JoinStrings(ks, ", ")
}

// JoinStrings joins values of a string type.
func JoinStrings[T ~string](xs []T, sep string) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, sep)
}

// ParseKnownAt reads a record time: RFC 3339, or a date, a month or a year, each read as
// its last instant (the record as it stood at the end of that day, month or year).
func ParseKnownAt(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return clampKnownAt(t), nil
	}
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if d, err := time.Parse(layout, s); err == nil {
			end := d.AddDate(0, 0, 1)
			switch layout {
			case "2006-01":
				end = d.AddDate(0, 1, 0)
			case "2006":
				end = d.AddDate(1, 0, 0)
			}
			return clampKnownAt(end.Add(-time.Nanosecond)), nil
		}
	}
	return time.Time{}, usageError("--known-at %q, expected an RFC 3339 time (2021-09-10T12:00:00Z), a date (2021-09-10), a month or a year", s)
}

// clampKnownAt brings t within the instants a record time can hold: nanoseconds since
// 1970 in an int64. Without it UnixNano overflows, and the year 9999 reads as some
// unrelated instant.
func clampKnownAt(t time.Time) time.Time {
	first, last := time.Unix(0, math.MinInt64).UTC(), time.Unix(0, math.MaxInt64).UTC()
	switch {
	case t.Before(first):
		return first
	case t.After(last):
		return last
	}
	return t
}

// parseAt reads a date parameter, an EDTF date or interval, as the range of days it
// strictly covers: "2016" is all of 2016, "2016-07-01" one day. An empty value is nil.
func parseAt(param, s string) (*edtf.Range, error) {
	if s == "" {
		return nil, nil
	}
	return DateArg("--"+param, s)
}

// DateArg reads an EDTF date or interval, naming it in errors as label, with the column
// of the mistake.
func DateArg(label, s string) (*edtf.Range, error) {
	iv, err := edtf.Parse(s)
	if err != nil {
		msg := err.Error()
		if se, ok := err.(*edtf.SyntaxError); ok {
			msg = fmt.Sprintf("column %d: %s", se.Offset+1, se.Msg)
		}
		return nil, usageError("%s %q: %s (an EDTF date or interval, such as 2016-07-01, 2016 or 2016/2018)", label, s, msg)
	}
	r := iv.Strict()
	return &r, nil
}

// dateRange reads a required date parameter into its strict day range.
func dateRange(param, s string) (*edtf.Range, error) {
	if s == "" {
		return nil, usageError("--%s is required: an EDTF date such as 2021-06 or 2016", param)
	}
	return parseAt(param, s)
}

// KnownAtText writes a --known-at instant for people: RFC 3339, or what a clamped
// instant stands for.
func KnownAtText(t time.Time) string {
	switch t.UnixNano() {
	case math.MinInt64:
		return "a time before anything was recorded"
	case math.MaxInt64:
		return "a time after everything recorded by now"
	}
	return t.Format(time.RFC3339)
}
