package server

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances/answer"
)

// param is a parameter a route takes: in the query, or in the path ({name}). Its name
// is the command line's flag without the dashes, its type one of OpenAPI's (string,
// boolean, integer, number) or "array" (of strings: the parameter repeated, or its values
// separated by commas).
type param struct {
	name, in, typ string
	doc           string
	def           string // the default, as written in the query
	example       string // a value the route takes on the built-in case
	required      bool
}

// query is a request's parameters as a route declares them. Reading a parameter the
// route does not declare is a bug of the server; a request that gives one the route does
// not take is refused.
type query struct {
	r      *http.Request
	rt     *route
	values url.Values
	read   map[string]bool
	err    error // the first parameter that could not be read
}

func newQuery(r *http.Request, rt route) (*query, error) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &answer.ParamError{Msg: "the query does not parse: " + err.Error()}
	}
	q := &query{r: r, rt: &rt, values: values, read: map[string]bool{}}
	var unknown []string
	for name := range values {
		if p := rt.param(name); p == nil || p.in != "query" {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, &answer.ParamError{Msg: fmt.Sprintf("%s %s takes no parameter %s; it takes %s", rt.method, rt.path,
			strings.Join(unknown, ", "), rt.paramNames())}
	}
	return q, nil
}

// unused returns the error of a parameter that could not be read.
func (q *query) unused() error { return q.err }

func (q *query) param(name string) *param {
	p := q.rt.param(name)
	if p == nil {
		panic("server: " + q.rt.path + " reads the undeclared parameter " + name)
	}
	q.read[name] = true
	return p
}

// fail keeps the first error of a parameter.
func (q *query) fail(format string, args ...any) {
	if q.err == nil {
		q.err = &answer.ParamError{Msg: fmt.Sprintf(format, args...)}
	}
}

// str returns a parameter's value, its default when absent.
func (q *query) str(name string) string {
	p := q.param(name)
	if p.in == "path" {
		return q.r.PathValue(name)
	}
	vs, ok := q.values[name]
	switch {
	case !ok:
		if p.required {
			q.fail("parameter %s is required: %s", name, p.doc)
		}
		return p.def
	case len(vs) > 1:
		q.fail("parameter %s given %d times, expected once", name, len(vs))
	}
	return vs[0]
}

// strs returns a list parameter: repeated, or its values separated by commas.
func (q *query) strs(name string) []string {
	p := q.param(name)
	if _, ok := q.values[name]; !ok && p.required {
		q.fail("parameter %s is required: %s", name, p.doc)
	}
	var out []string
	for _, v := range q.values[name] {
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

// boolean reads true, 1 or an empty value (?robust) as true, false or 0 as false.
func (q *query) boolean(name string) bool {
	s := q.str(name)
	switch s {
	case "", "true", "1":
		_, given := q.values[name]
		return given || q.param(name).def == "true"
	case "false", "0":
		return false
	}
	q.fail("parameter %s %q, expected true or false", name, s)
	return false
}

func (q *query) integer(name string) int {
	s := q.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		q.fail("parameter %s %q, expected a whole number", name, s)
	}
	return n
}

func (q *query) uint64(name string) uint64 {
	s := q.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		q.fail("parameter %s %q, expected a whole number from 0", name, s)
	}
	return n
}

func (q *query) number(name string) float64 {
	s := q.str(name)
	if s == "" {
		return 0
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || x != x || x > 1e300 || x < -1e300 {
		q.fail("parameter %s %q, expected a number", name, s)
	}
	return x
}

// snapshot reads the parameters every analysis shares, as the command line's flags.
func (q *query) snapshot() answer.Snapshot {
	return answer.Snapshot{
		At: q.str("at"), KnownAt: q.str("known-at"), Kinds: q.strs("kind"), Signs: q.strs("sign"), Statuses: q.strs("status"),
		MinCredibility: q.integer("min-credibility"), MinReliability: q.str("min-reliability"), Fuzzy: q.boolean("fuzzy"),
		Overlap: q.str("overlap"), Layers: q.str("layers"), NoFold: q.boolean("no-fold"), PartWeight: q.number("part-weight"),
		Categories: q.boolean("categories"), Stated: q.boolean("stated"), WeighCredibility: q.boolean("weigh-credibility"),
		Explain: q.boolean("explain"), Robust: q.boolean("robust"),
	}
}

// defaults are the values of the snapshot's parameters when none is given.
var defaults = answer.DefaultSnapshot()

// snapshotParams are the parameters of snapshot, and the case.
var snapshotParams = []param{
	{name: "case", typ: "string", doc: "the case to analyse (default: the only one, the one holding the actors named, or the built-in case)", example: "afghanistan-2021"},
	{name: "at", typ: "string", doc: "the snapshot: a day (2021-07-15), or a month, year or window (2021-07, 2016, 2016/2018) read as the ties that hold for most of it", example: "2021"},
	{name: "known-at", typ: "string", doc: "the record as known at this time (RFC 3339 or a date)"},
	{name: "kind", typ: "array", doc: "only ties of these kinds"},
	{name: "sign", typ: "array", doc: "only ties of these signs (+, -, 0)"},
	{name: "status", typ: "array", doc: "only ties with these statuses (default: all but denied and retracted)"},
	{name: "min-credibility", typ: "integer", doc: "only ties with a citation of this credibility or stronger (1 .. 6)"},
	{name: "min-reliability", typ: "string", doc: "only ties with a source of this grade or better (A .. F)"},
	{name: "fuzzy", typ: "boolean", doc: "count ties possibly active at the date, not only those certainly active"},
	{name: "overlap", typ: "string", def: defaults.Overlap, doc: "at a period, the ties that cover more than half of it (majority), or those active on any day of it (any)"},
	{name: "layers", typ: "string", def: defaults.Layers, doc: "the layers read, each with an optional weight: alignment, process (default weight 0.5), hierarchy; e.g. alignment,process=0.25"},
	{name: "no-fold", typ: "boolean", doc: "keep elements, factions, members and leaders apart from their organizations"},
	{name: "part-weight", typ: "number", def: strconv.FormatFloat(defaults.PartWeight, 'g', -1, 64), doc: "the weight of a folded part's ties, from 0 to 1"},
	{name: "categories", typ: "boolean", doc: "keep the actors of kind category"},
	{name: "stated", typ: "boolean", doc: "only the ties the sources state"},
	{name: "weigh-credibility", typ: "boolean", doc: "weigh each tie by its credibility too: times (7 - credibility) / 6"},
	{name: "explain", typ: "boolean", doc: "name the ties behind each number, with their evidence"},
	{name: "robust", typ: "boolean", doc: "rerun over the variants of the snapshot (without alleged, disputed, inferred and low-credibility ties, over fuzzy and random dates, ungraded ties at intensity 1 and 5) and report the spread"},
}

// knownAt reads the record time.
func (q *query) knownAt() time.Time {
	t, err := answer.ParseKnownAt(q.str("known-at"))
	if err != nil && q.err == nil {
		q.err = err
	}
	return t
}

// knownAtParam is the record time, for routes that read the store directly.
var knownAtParam = param{name: "known-at", typ: "string", doc: "the record as known at this time (RFC 3339 or a date)"}

// caseParam narrows a list to one case.
var caseParam = param{name: "case", typ: "string", doc: "only the claims of this case", example: "afghanistan-2021"}
