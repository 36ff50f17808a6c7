package alliances

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Problem is one thing wrong with a record: the field it is about, as a path such as
// "ties[3].citations[0].source", and what is wrong and what was expected. Readers turn
// the path into a file, line and column.
// A warning (Warning set) says what to add or check without stopping the record from
// loading: an agreement without a type, ties without a basis.
type Problem struct {
	Path    string
	Msg     string
	Warning bool
	Unknown string // the actor id the problem finds undefined, which the registry may hold
}

func (p Problem) String() string {
	if p.Warning {
		return p.Path + ": warning: " + p.Msg
	}
	return p.Path + ": " + p.Msg
}

// Path builds a field path: Path("ties", 3, "subject") is "ties[3].subject". Integers
// index the preceding list; strings name fields.
func Path(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		switch p := p.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", p)
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(p)
		}
	}
	return b.String()
}

var (
	countryPattern = regexp.MustCompile(`^[A-Z]{3}$`)
	tagPattern     = regexp.MustCompile(`^[a-z][a-z0-9-]*:[^\s:][^:]*$`)
)

// Errors returns the problems that are not warnings.
func Errors(ps []Problem) []Problem {
	var out []Problem
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// ValidID reports whether s is a well-formed id: lowercase ASCII letters, digits and
// single hyphens, starting with a letter.
// It is the regular expression ^[a-z][a-z0-9]*(-[a-z0-9]+)*$, written out: Validate
// checks every id of a record, and the expression cost more than the rest of the check.
func ValidID(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == '-' {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Validate checks a record for everything a reader cannot see in one field alone:
// unknown or duplicate ids, values out of their vocabularies, fields that do not fit
// the tie kind, ties without evidence, membership chains that loop. It reports every
// problem, in the order of the record. A Checker finds the same problems in a record
// given a part at a time.
func Validate(r *Record) []Problem {
	v := newValidator(r.Case, r.Title)
	v.checkCase()
	v.collectIDs(r)
	for i := range r.Sources {
		v.checkSource(i, &r.Sources[i])
	}
	for i := range r.Actors {
		v.checkActor(i, &r.Actors[i])
	}
	for i := range r.Ties {
		t := &r.Ties[i]
		v.checkTie(i, t)
		v.checkCitations(element("ties", i), t.Citations)
	}
	for i := range r.Events {
		e := &r.Events[i]
		v.checkEvent(i, e)
		v.checkCitations(element("events", i), e.Citations)
	}
	v.done()
	return v.problems
}

type validator struct {
	caseID, title string
	ids           *idSet // id -> where it is defined first
	actors        []string
	sources       []string
	isActor       map[string]bool
	isSource      map[string]bool
	suggestion    map[string]string // unknown id -> its "did you mean", computed once
	members       []member          // the membership ties, for their loops
	copies        bool              // copy the ids kept: a Checker's claims are not kept
	unbased       int               // the ties without a basis...
	firstUnbased  int               // ...and the first of them
	problems      []Problem
}

// defined is where an id is defined: element i of a list (of listNames). It is small:
// a Checker keeps one for each claim of a case of millions.
type defined struct {
	list uint8
	i    int32
}

// listNames are the lists of a record, by their number in defined.
var listNames = []string{"sources", "actors", "ties", "events"}

func (d defined) listName() string { return listNames[d.list] }

// member is a membership tie of the record, by its index.
type member struct {
	i               int
	subject, object string
}

func newValidator(caseID, title string) *validator {
	return &validator{caseID: caseID, title: title, ids: newIDSet(), isActor: map[string]bool{},
		isSource: map[string]bool{}, suggestion: map[string]string{}, firstUnbased: -1}
}

// done runs the checks of the record as a whole, once every tie was checked.
func (v *validator) done() {
	v.checkMembershipLoops()
	v.checkBases()
}

// maxSuggestions bounds the distinct unknown ids that get a "did you mean": each costs
// a pass over every id, and past a few dozen a file has a problem no suggestion fixes.
const maxSuggestions = 50

// suggest returns ", did you mean X?" for an unknown id, or "".
func (v *validator) suggest(id string, candidates []string) string {
	if s, ok := v.suggestion[id]; ok {
		return s
	}
	if len(v.suggestion) >= maxSuggestions {
		return ""
	}
	s := didYouMean(id, candidates)
	v.suggestion[id] = s
	return s
}

func (v *validator) add(path, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) warn(path, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: path, Msg: fmt.Sprintf(format, args...), Warning: true})
}

func (v *validator) checkCase() {
	switch {
	case v.caseID == "":
		v.add("case", "missing case id, expected a line such as `case: afghanistan-2021`")
	case !ValidID(v.caseID):
		v.add("case", "case id %q is not a valid id, expected lowercase letters, digits and hyphens, starting with a letter", v.caseID)
	}
	if strings.TrimSpace(v.title) == "" {
		v.add("title", "missing title, expected a line such as `title: ...`")
	}
}

// collectIDs registers every id of a record and reports missing, malformed and
// duplicate ones.
func (v *validator) collectIDs(r *Record) {
	v.collectSources(r.Sources)
	v.collectActors(r.Actors)
	for i := range r.Ties {
		v.register("ties", i, r.Ties[i].ID)
	}
	for i := range r.Events {
		v.register("events", i, r.Events[i].ID)
	}
}

func (v *validator) collectSources(sources []Source) {
	for i := range sources {
		v.register("sources", i, sources[i].ID)
		v.sources = append(v.sources, sources[i].ID)
		v.isSource[sources[i].ID] = true
	}
}

func (v *validator) collectActors(actors []Actor) {
	for i := range actors {
		v.register("actors", i, actors[i].ID)
		v.actors = append(v.actors, actors[i].ID)
		v.isActor[actors[i].ID] = true
	}
}

func (v *validator) register(list string, i int, id string) {
	switch {
	case id == "":
		v.add(Path(list, i), "missing id, expected `id:` with lowercase letters, digits and hyphens")
		return
	case !ValidID(id):
		v.add(Path(list, i, "id"), "id %q is not valid, expected lowercase letters, digits and hyphens, starting with a letter", id)
	}
	if prev, dup := v.ids.get(id); dup {
		v.add(Path(list, i, "id"), "duplicate id %q, already used in %s", id, prev.listName())
		return
	}
	v.ids.put(id, defined{uint8(slices.Index(listNames, list)), int32(i)})
}

func (v *validator) checkSource(i int, s *Source) {
	at := element("sources", i)
	v.required(at.field("title"), s.Title, "title")
	v.oneOf(at.field("kind"), "source kind", s.Kind, SourceKinds)
	v.oneOf(at.field("reliability"), "reliability", s.Reliability, Reliabilities)
}

func (v *validator) checkActor(i int, a *Actor) {
	at := element("actors", i)
	v.required(at.field("name"), a.Name, "name")
	switch {
	case a.MergedInto == "":
		if a.MergeNote != "" {
			v.add(Path("actors", i, "merge_note"), "a merge note without merged_into, expected the id of the actor this one was merged into")
		}
	case a.MergedInto == a.ID:
		v.add(Path("actors", i, "merged_into"), "%s merged into itself, expected another actor's id", a.ID)
	case !ValidID(a.MergedInto):
		v.add(Path("actors", i, "merged_into"), "merged_into %q is not a valid id, expected an actor id", a.MergedInto)
	}
	v.oneOf(at.field("kind"), "actor kind", a.Kind, ActorKinds)
	if a.Country != "" && !countryPattern.MatchString(a.Country) {
		v.add(Path("actors", i, "country"), "country %q is not an ISO 3166-1 alpha-3 code, expected three capital letters such as AFG", a.Country)
	}
	for j, al := range a.Aliases {
		if strings.TrimSpace(al) == "" {
			v.add(Path("actors", i, "aliases", j), "empty alias, expected a name")
		}
	}
	for j, t := range a.Tags {
		if !tagPattern.MatchString(t) {
			v.add(Path("actors", i, "tags", j), "tag %q is not of the form key:value, expected for example ethnicity:tajik", t)
		}
	}
	for _, scheme := range sortedKeys(a.External) {
		if !slices.Contains(ExternalSchemes, scheme) {
			v.add(Path("actors", i, "external", scheme), "unknown external id scheme %q, expected one of %s", scheme, strings.Join(ExternalSchemes, ", "))
		}
		if strings.TrimSpace(a.External[scheme]) == "" {
			v.add(Path("actors", i, "external", scheme), "empty %s id, expected the actor's id in that data set", scheme)
		}
	}
}

func (v *validator) checkTie(i int, t *Tie) {
	p := func(parts ...any) string { return Path(append([]any{"ties", i}, parts...)...) }
	at := element("ties", i)
	v.actorRef(at.field("subject"), t.Subject, "subject")
	v.actorRef(at.field("object"), t.Object, "object")
	if v.caseID == RegistryCase && t.Kind.Valid() && !Genealogy(t.Kind) {
		v.add(p("kind"), "a %s tie in the registry, expected only the genealogy of its actors (splinter, merger, renaming); record other ties in a case", t.Kind)
	}
	if t.Subject != "" && t.Subject == t.Object {
		v.add(p("object"), "object is the subject itself (%s), expected another actor", t.Object)
	}
	if !t.Kind.Valid() {
		v.unknown(p("kind"), "tie kind", string(t.Kind), kindNames())
	}
	v.checkForms(p, t)
	v.checkThird(at, t)
	v.checkRole(p, t)
	v.checkType(p, t)
	if t.Basis != "" && !slices.Contains(Bases, t.Basis) {
		v.unknown(p("basis"), "basis", string(t.Basis), []string{string(Stated), string(Inferred)})
	}
	if t.Valid.IsZero() {
		v.add(p("valid"), "missing valid time, expected `valid:` with an EDTF date or interval such as 2016/2018")
	}
	if t.Intensity < 0 || t.Intensity > 5 {
		v.add(p("intensity"), "intensity %d out of range, expected 1 (token) to 5 (decisive), or no intensity when unknown", t.Intensity)
	}
	if t.Rank < 0 {
		v.add(p("rank"), "rank %d out of range, expected 1 or more", t.Rank)
	}
	if t.Status != "" && !slices.Contains(Statuses, t.Status) {
		v.unknown(p("status"), "status", string(t.Status), statusNames())
	}
	if t.Kind == Membership && t.Subject != "" && t.Object != "" && t.Subject != t.Object {
		m := member{i, t.Subject, t.Object}
		if v.copies {
			m.subject, m.object = strings.Clone(m.subject), strings.Clone(m.object)
		}
		v.members = append(v.members, m)
	}
	if t.Basis == "" {
		if v.unbased++; v.firstUnbased < 0 {
			v.firstUnbased = i
		}
	}
}

func (v *validator) checkForms(p func(...any) string, t *Tie) {
	allowed := FormsOf(t.Kind)
	if len(t.Forms) > 0 && allowed == nil && t.Kind.Valid() {
		v.add(p("forms"), "forms on a %s tie, expected support forms only on support ties and obligations only on alliances", t.Kind)
	}
	what := "support form"
	if t.Kind == Alliance {
		what = "alliance obligation"
	}
	seen := map[Form]bool{}
	for j, f := range t.Forms {
		switch {
		case allowed != nil && !slices.Contains(allowed, f):
			names := make([]string, len(allowed))
			for i, a := range allowed {
				names[i] = string(a)
			}
			v.unknown(p("forms", j), what, string(f), names)
		case allowed == nil && !slices.Contains(Forms, f) && !slices.Contains(Obligations, f):
			v.unknown(p("forms", j), "support form", string(f), formNames())
		case seen[f]:
			v.add(p("forms", j), "%s %q listed twice", what, f)
		}
		seen[f] = true
	}
}

func (v *validator) checkThird(at fieldPath, t *Tie) {
	p := func(field string) string { return at.field(field).String() }
	switch {
	case t.Kind == Mediation && t.Third == "":
		v.add(p("kind"), "mediation without a third actor, expected `third:` naming the actor the subject brings the object together with")
	case t.Kind != Mediation && t.Third != "" && t.Kind.Valid():
		v.add(p("third"), "third actor on a %s tie, expected a third actor only on mediation ties", t.Kind)
	case t.Third != "":
		v.actorRef(at.field("third"), t.Third, "third actor")
		if t.Third == t.Subject || t.Third == t.Object {
			v.add(p("third"), "third actor %s is already subject or object, expected a third actor", t.Third)
		}
	}
}

func (v *validator) checkRole(p func(...any) string, t *Tie) {
	switch {
	case t.Role == "":
	case t.Kind != Membership && t.Kind.Valid():
		v.add(p("role"), "role on a %s tie, expected a role only on membership ties", t.Kind)
	case !slices.Contains(Roles, t.Role):
		v.unknown(p("role"), "role", string(t.Role), roleNames())
	}
}

// checkType checks an agreement's type: required, though an agreement written before
// types existed still loads (read as a process tie only) with a warning.
func (v *validator) checkType(p func(...any) string, t *Tie) {
	switch {
	case t.Kind == Agreement && t.Type == "":
		v.warn(p("kind"), "agreement without a type, read as a process tie that does not align its parties; add `type:` %s",
			joinAgreementTypes())
	case t.Type == "":
	case t.Kind != Agreement && t.Kind.Valid():
		v.add(p("type"), "type on a %s tie, expected a type only on agreement ties", t.Kind)
	case !slices.Contains(AgreementTypes, t.Type):
		v.unknown(p("type"), "agreement type", string(t.Type), agreementTypeNames())
	}
}

func agreementTypeNames() []string {
	names := make([]string, len(AgreementTypes))
	for i, a := range AgreementTypes {
		names[i] = string(a)
	}
	return names
}

func joinAgreementTypes() string {
	names := agreementTypeNames()
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// checkBases warns, once for the whole record, about ties without a basis: they are
// read as stated, which the analyst should confirm.
func (v *validator) checkBases() {
	switch n := v.unbased; {
	case n == 1:
		v.warn(Path("ties", v.firstUnbased), "tie without a basis, read as stated; add `basis: stated` (the source says it) or `basis: inferred` (your reading of it)")
	case n > 1:
		v.warn(Path("ties", v.firstUnbased), "tie without a basis, and %d more: each is read as stated; add `basis: stated` (the source says it) or `basis: inferred` (your reading of it)", n-1)
	}
}

func (v *validator) checkCitations(claim fieldPath, cs []Citation) {
	if len(cs) == 0 {
		v.uncited(claim)
	}
	for j := range cs {
		v.checkCitation(claim.citation(j), &cs[j])
	}
}

func (v *validator) uncited(claim fieldPath) {
	v.add(claim.String(), "no citation, expected `citations:` with at least one source")
}

// checkCitation checks the citation at cp.
func (v *validator) checkCitation(cp fieldPath, c *Citation) {
	switch {
	case c.Source == "":
		v.add(cp.String(), "citation without a source, expected `source:` with a source id")
	case !v.isSource[c.Source]:
		v.add(cp.field("source").String(), "unknown source %q%s", c.Source, v.suggest(c.Source, v.sources))
	}
	switch {
	case c.Credibility == 0:
		v.add(cp.field("credibility").String(), "missing credibility, expected 1 (confirmed) to 6 (cannot be judged)")
	case !c.Credibility.Valid():
		v.add(cp.field("credibility").String(), "credibility %d out of range, expected 1 (confirmed) to 6 (cannot be judged)", c.Credibility)
	}
	if c.Stance != "" && !slices.Contains(Stances, c.Stance) {
		v.add(cp.field("stance").String(), "unknown stance %q, expected asserts or denies", c.Stance)
	}
}

func (v *validator) checkEvent(i int, e *Event) {
	at := element("events", i)
	if v.caseID == RegistryCase {
		v.add(Path("events", i), "an event in the registry, expected events only in a case")
	}
	v.required(at.field("title"), e.Title, "title")
	if e.Date.IsZero() {
		v.add(Path("events", i, "date"), "missing date, expected `date:` with an EDTF date such as 2021-09-07")
	}
	if e.Type != "" && !slices.Contains(EventTypes, e.Type) {
		v.unknown(Path("events", i, "type"), "PLOVER event type", e.Type, EventTypes)
	}
	for j, a := range e.Actors {
		v.actorRef(at.field("actors").item(j), a, "actor")
	}
}

func (v *validator) required(at fieldPath, value, field string) {
	if strings.TrimSpace(value) == "" {
		v.add(at.String(), "missing %s", field)
	}
}

func (v *validator) oneOf(at fieldPath, what, value string, allowed []string) {
	if value == "" {
		v.add(at.String(), "missing %s, expected one of %s", what, strings.Join(allowed, ", "))
		return
	}
	if !slices.Contains(allowed, value) {
		v.unknown(at.String(), what, value, allowed)
	}
}

func (v *validator) unknown(path, what, value string, allowed []string) {
	if dym := didYouMean(value, allowed); dym != "" {
		v.add(path, "unknown %s %q%s", what, value, dym)
		return
	}
	v.add(path, "unknown %s %q, expected one of %s", what, value, strings.Join(allowed, ", "))
}

func (v *validator) actorRef(at fieldPath, id, role string) {
	switch {
	case id == "":
		v.add(at.String(), "missing %s, expected an actor id", role)
	case !v.isActor[id]:
		v.add(at.String(), "unknown actor %q%s", id, v.suggest(id, v.actors))
		v.problems[len(v.problems)-1].Unknown = id
	}
}

// fieldPath is a field path that Validate writes out only when it reports a problem
// there: element i of a list, or its citation, and a field of either, or an element
// of that field. Writing every path out cost most of the time Validate took.
type fieldPath struct {
	list string
	i    int
	cite int // the index of a citation of the element, or -1
	name string
	elem int // the index of an element of the field, or -1
}

// element is the path of element i of a list: "ties[3]".
func element(list string, i int) fieldPath { return fieldPath{list: list, i: i, cite: -1, elem: -1} }

// citation is the path of citation j of an element: "ties[3].citations[0]".
func (p fieldPath) citation(j int) fieldPath { p.cite = j; return p }

// field is the path of a field: "ties[3].subject".
func (p fieldPath) field(name string) fieldPath { p.name = name; return p }

// item is the path of element k of a list field: "events[2].actors[1]".
func (p fieldPath) item(k int) fieldPath { p.elem = k; return p }

// String writes the path out, as Path does.
func (p fieldPath) String() string {
	parts := []any{p.list, p.i}
	if p.cite >= 0 {
		parts = append(parts, "citations", p.cite)
	}
	if p.name != "" {
		parts = append(parts, p.name)
	}
	if p.elem >= 0 {
		parts = append(parts, p.elem)
	}
	return Path(parts...)
}
