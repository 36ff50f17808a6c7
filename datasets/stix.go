package datasets

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// STIXPrefix begins the id of every claim the STIX importer writes.
const STIXPrefix = "stix"

// stixObject is what the importer reads of a STIX 2.1 object: the common properties,
// those of identities, intrusion sets and threat actors, those of relationships, and the
// x_alliances_ properties alliances writes (see package graphio), which make the round
// trip exact.
type stixObject struct {
	Type             string          `json:"type"`
	ID               string          `json:"id"`
	Created          string          `json:"created"`
	Name             string          `json:"name"`
	Description      string          `json:"description"`
	Aliases          []string        `json:"aliases"`
	IdentityClass    string          `json:"identity_class"`
	RelationshipType string          `json:"relationship_type"`
	SourceRef        string          `json:"source_ref"`
	TargetRef        string          `json:"target_ref"`
	StartTime        string          `json:"start_time"`
	StopTime         string          `json:"stop_time"`
	Confidence       *int            `json:"confidence"`
	References       []stixReference `json:"external_references"`

	XID       string            `json:"x_alliances_id"`
	XKind     string            `json:"x_alliances_kind"`
	XAliases  []string          `json:"x_alliances_aliases"`
	XCountry  string            `json:"x_alliances_country"`
	XProvince string            `json:"x_alliances_province"`
	XTags     []string          `json:"x_alliances_tags"`
	XExternal map[string]string `json:"x_alliances_external"`
	XStatus   string            `json:"x_alliances_status"`
	XBasis    string            `json:"x_alliances_basis"`
	XValid    string            `json:"x_alliances_valid"`
	XInt      int               `json:"x_alliances_intensity"`
	XRank     int               `json:"x_alliances_rank"`
	XForms    []string          `json:"x_alliances_forms"`
	XType     string            `json:"x_alliances_agreement_type"`
	XThirdRef string            `json:"x_alliances_third_ref"`
	XRole     string            `json:"x_alliances_role"`

	line int
}

type stixReference struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description"`
	URL         string `json:"url"`
	ExternalID  string `json:"external_id"`
}

// stixActorTypes are the STIX objects read as actors.
var stixActorTypes = []string{"identity", "intrusion-set", "threat-actor"}

// stixKinds maps STIX relationship types that are not the project's tie kinds onto them:
// a target is an enemy; what is attributed to another is its element.
var stixKinds = map[string]alliances.Kind{"targets": alliances.Hostility, "attributed-to": alliances.Membership}

// ReadSTIX reads a STIX 2.1 bundle: identities, intrusion sets and threat actors as
// actors (resolved through the registry by their alliances id, name or aliases), and the
// relationships between them as ties: those whose relationship_type is a tie kind
// (alliance, support, hostility...), as alliances writes them, and "targets" (hostility)
// and "attributed-to" (membership, the subject an element of the object); the others,
// and those naming objects that are not actors (malware, locations), are counted in the
// notes. A relationship's start_time and stop_time are its valid time (a stop_time at
// midnight is the end of the day before); without them, the claim held at some time up to
// its creation ("/2019-03-01"). Its confidence is the credibility of its citations, by
// the specification's Admiralty mapping (90 confirmed, 70 probably true, 50 possibly
// true, 30 doubtful, 10 improbable; none: cannot be judged); each external reference is a
// citation of a source of its name. The x_alliances_ properties alliances writes are
// read back as they were written.
func ReadSTIX(name string, r io.Reader, o Options) (*Part, error) {
	b := newBuilder(STIXPrefix, o, alliances.Source{Title: "STIX bundle (" + baseName(name) + ")", Kind: "dataset", Reliability: "F",
		Note: "The bundle's objects; each relationship's external references are sources of their own."})
	objs, err := readBundle(name, r)
	if err != nil {
		return nil, err
	}
	t := &table{name: name}
	actors := map[string]string{} // STIX id -> actor id
	for _, ob := range objs {
		if !slices.Contains(stixActorTypes, ob.Type) {
			continue
		}
		t.rows++
		if strings.TrimSpace(ob.Name) == "" {
			t.problem(ob.line, 1, "%s %s has no name, expected the actor's name", ob.Type, ob.ID)
			continue
		}
		actors[ob.ID] = b.stixActor(ob)
		b.part.Used++
	}
	sources := map[string]bool{}
	skipped := map[string]int{}
	for _, ob := range objs {
		if ob.Type != "relationship" {
			continue
		}
		t.rows++
		kind := alliances.Kind(ob.RelationshipType)
		if k, ok := stixKinds[ob.RelationshipType]; ok {
			kind = k
		}
		subj, obj := actors[ob.SourceRef], actors[ob.TargetRef]
		switch {
		case !kind.Valid():
			skipped["relationship type "+ob.RelationshipType]++
			continue
		case subj == "" || obj == "":
			skipped["relationships naming objects that are not actors"]++
			continue
		case subj == obj:
			skipped["relationships of an actor with itself"]++
			continue
		}
		tie, ok := b.stixTie(t, ob, kind, subj, obj, actors, sources)
		if ok {
			b.part.Record.Ties = append(b.part.Record.Ties, tie)
			b.part.Used++
		}
	}
	for _, what := range slices.Sorted(maps.Keys(skipped)) {
		b.part.Notes = append(b.part.Notes, fmt.Sprintf("%d %s left out", skipped[what], what))
	}
	return b.finish(t)
}

// readBundle reads a bundle's objects, each with the line it begins on.
func readBundle(name string, r io.Reader) ([]stixObject, error) {
	lr := &lineReader{r: bufio.NewReaderSize(r, 1<<16)}
	dec := json.NewDecoder(lr)
	fail := func(err error) error {
		line, col := lr.position(dec.InputOffset())
		return alliances.Errorf(alliances.Invalid, "", "%s:%d:%d: %v, expected a STIX 2.1 bundle: {\"type\": \"bundle\", \"objects\": [...]}", name, line, col, err)
	}
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		if err == nil {
			err = fmt.Errorf("%v", tok)
		}
		return nil, fail(err)
	}
	var objs []stixObject
	isBundle := false
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, fail(err)
		}
		switch key {
		case "type":
			var typ string
			if err := dec.Decode(&typ); err != nil {
				return nil, fail(err)
			}
			if typ != "bundle" {
				return nil, fail(fmt.Errorf("type %q", typ))
			}
			isBundle = true
		case "objects":
			if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
				return nil, fail(fmt.Errorf("objects is not a list"))
			}
			for dec.More() {
				line, _ := lr.position(dec.InputOffset() + 1)
				var ob stixObject
				if err := dec.Decode(&ob); err != nil {
					return nil, fail(err)
				}
				ob.line = line
				objs = append(objs, ob)
			}
			if _, err := dec.Token(); err != nil {
				return nil, fail(err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fail(err)
			}
		}
	}
	if !isBundle {
		return nil, fail(fmt.Errorf("no \"type\": \"bundle\""))
	}
	return objs, nil
}

// lineReader counts the lines of what it reads, so that an offset gives its line.
type lineReader struct {
	r      io.Reader
	read   int64
	starts []int64 // the offsets at which lines after the first begin
}

func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i, c := range p[:n] {
		if c == '\n' {
			l.starts = append(l.starts, l.read+int64(i)+1)
		}
	}
	l.read += int64(n)
	return n, err
}

// position returns the line and column (from 1) of an offset.
func (l *lineReader) position(off int64) (int, int) {
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
	start := int64(0)
	if i > 0 {
		start = l.starts[i-1]
	}
	return i + 1, int(off-start) + 1
}

var stixKindOf = map[string]string{"individual": "individual", "class": alliances.Category}

func (b *builder) stixActor(ob stixObject) string {
	if ob.XID != "" {
		if id := b.res.ID(ob.XID); id != "" {
			b.resolved(ob.Name, id)
			return id // an actor of the registry or the case, exported and read back
		}
	}
	kind := ob.XKind
	if kind == "" || !slices.Contains(alliances.ActorKinds, kind) {
		kind = stixKindOf[ob.IdentityClass]
	}
	if kind == "" {
		kind = "other"
	}
	name := ob.Name
	var id string
	if ob.XID != "" {
		// alliances's own id, which no actor here holds: the actor is new, whatever its
		// name matches (an exported case's category may share a name with an actor).
		id = b.create(ref{name: name, kind: kind}, strings.ToLower(name), nil)
	} else {
		id = b.actor(ref{name: name, kind: kind})
	}
	if !b.created[id] {
		return id
	}
	a := &b.part.Record.Actors[len(b.part.Record.Actors)-1]
	if ob.XID != "" {
		delete(b.created, a.ID)
		a.ID = b.newID(ob.XID)
		b.names[strings.ToLower(name)] = a.ID
		delete(b.missing, strings.ToLower(name)) // the bundle defines it: nothing left unresolved
		id = a.ID
	}
	a.Aliases = slices.Compact(append(slices.Clone(ob.XAliases), ob.Aliases...))
	a.Country, a.Province, a.Tags = ob.XCountry, ob.XProvince, ob.XTags
	for scheme, v := range ob.XExternal {
		if slices.Contains(alliances.ExternalSchemes, scheme) {
			if a.External == nil {
				a.External = map[string]string{}
			}
			a.External[scheme] = v
		}
	}
	if ob.XKind == "" {
		a.Tags = append(a.Tags, "stix:"+ob.Type)
	}
	if ob.Description != "" {
		a.Note = ob.Description
	}
	return id
}

// stixConfidence is the inverse of graphio.StixConfidence: the credibility a STIX
// confidence stands for, 6 (cannot be judged) when it gives none.
func stixCredibility(c *int) alliances.Credibility {
	switch {
	case c == nil:
		return 6
	case *c >= 90:
		return 1
	case *c >= 70:
		return 2
	case *c >= 50:
		return 3
	case *c >= 30:
		return 4
	case *c >= 10:
		return 5
	}
	return 6
}

// The parts of the description alliances writes of a citation.
var (
	stixCred      = regexp.MustCompile(`^credibility ([1-6])$`)
	stixRel       = regexp.MustCompile(`^source reliability ([A-F])$`)
	stixAccording = regexp.MustCompile(`^according to (.+)$`)
)

func (b *builder) stixTie(t *table, ob stixObject, kind alliances.Kind, subj, obj string, actors map[string]string, sources map[string]bool) (alliances.Tie, bool) {
	id := ob.XID
	if id == "" {
		id = Slug(ob.ID)
	}
	tie := alliances.Tie{ID: b.part.Prefix + "-" + strings.TrimPrefix(id, "relationship-"), Subject: subj, Object: obj, Kind: kind,
		Type: alliances.AgreementType(ob.XType), Status: alliances.Status(ob.XStatus), Basis: alliances.Basis(ob.XBasis),
		Intensity: ob.XInt, Rank: ob.XRank, Role: alliances.Role(ob.XRole), Note: ob.Description}
	if kind == alliances.Membership && tie.Role == "" {
		tie.Role = alliances.Element
	}
	for _, f := range ob.XForms {
		tie.Forms = append(tie.Forms, alliances.Form(f))
	}
	if ob.XThirdRef != "" {
		tie.Third = actors[ob.XThirdRef]
	}
	valid, err := stixValid(ob)
	if err != nil {
		t.problem(ob.line, 1, "relationship %s: %v", ob.ID, err)
		return tie, false
	}
	tie.Valid = valid
	cred := stixCredibility(ob.Confidence)
	for _, ref := range ob.References {
		c := alliances.Citation{Source: b.stixSource(ref, sources, ob.XID != ""), Credibility: cred}
		if ob.XID == "" { // another tool's: the reference's id locates, its description notes
			c.Locator, c.Note = ref.ExternalID, ref.Description
			tie.Citations = append(tie.Citations, c)
			continue
		}
		// alliances writes "LOCATOR; credibility N; source reliability X; according to Y;
		// the source denies it; NOTE", each part there only when the citation has it.
		parts := strings.Split(ref.Description, "; ")
		if len(parts) > 0 && !stixCred.MatchString(parts[0]) {
			c.Locator, parts = parts[0], parts[1:]
		}
		var rest []string
		for _, part := range parts {
			switch m := stixCred.FindStringSubmatch(part); {
			case m != nil:
				n, _ := strconv.Atoi(m[1])
				c.Credibility = alliances.Credibility(n)
			case stixRel.MatchString(part):
			case stixAccording.MatchString(part) && c.AttributedTo == "":
				c.AttributedTo = stixAccording.FindStringSubmatch(part)[1]
			case part == "the source denies it":
				c.Stance = alliances.Denies
			default:
				rest = append(rest, part)
			}
		}
		c.Note = strings.Join(rest, "; ")
		tie.Citations = append(tie.Citations, c)
	}
	if len(tie.Citations) == 0 {
		tie.Citations = []alliances.Citation{{Source: b.source, Locator: ob.ID, Credibility: cred}}
	}
	return tie, true
}

// stixSource returns the source an external reference names, adding it the first time.
func (b *builder) stixSource(ref stixReference, seen map[string]bool, ours bool) string {
	id := ref.ExternalID // alliances writes the source's id there
	if !ours || !alliances.ValidID(id) {
		id = Slug(ref.SourceName)
	}
	id = b.part.Prefix + "-" + id
	if !seen[id] {
		seen[id] = true
		s := alliances.Source{ID: id, Title: ref.SourceName, URL: ref.URL, Kind: "other", Reliability: "F"}
		for _, part := range strings.Split(ref.Description, "; ") {
			if m := stixRel.FindStringSubmatch(part); m != nil {
				s.Reliability = m[1]
			}
		}
		b.part.Record.Sources = append(b.part.Record.Sources, s)
	}
	return id
}

// stixValid returns a relationship's valid time: as alliances wrote it, else from its
// start_time and stop_time, else held at some time up to its creation.
func stixValid(ob stixObject) (edtf.Interval, error) {
	if ob.XValid != "" {
		return edtf.Parse(ob.XValid)
	}
	day := func(s string, end bool) (string, error) {
		ts, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return "", fmt.Errorf("time %q is not a STIX timestamp, expected one such as 2019-03-01T00:00:00.000Z", s)
		}
		ts = ts.UTC()
		if end && ts.Hour() == 0 && ts.Minute() == 0 && ts.Second() == 0 && ts.Nanosecond() == 0 {
			ts = ts.Add(-time.Nanosecond) // stop_time is the instant after the last day
		}
		return ts.Format(time.DateOnly), nil
	}
	var start, stop string
	var err error
	if ob.StartTime != "" {
		if start, err = day(ob.StartTime, false); err != nil {
			return edtf.Interval{}, err
		}
	}
	if ob.StopTime != "" {
		if stop, err = day(ob.StopTime, true); err != nil {
			return edtf.Interval{}, err
		}
	}
	switch {
	case start != "" && stop != "":
		if start == stop {
			return edtf.Parse(start)
		}
		return edtf.Parse(start + "/" + stop)
	case start != "":
		return edtf.Parse(start + "/..")
	case stop != "":
		return edtf.Parse("../" + stop)
	}
	created, err := day(ob.Created, false)
	if err != nil {
		return edtf.Interval{}, fmt.Errorf("no start_time, stop_time or created time, expected at least the time the relationship was created")
	}
	return edtf.Parse("/" + created)
}
