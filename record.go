package alliances

import (
	"encoding/json"
	"time"

	"github.com/alliances-project/alliances/edtf"
)

// Record is one case: its sources, actors, ties and events, in the order the analyst
// wrote them. It is what a case file holds and what an export writes.
type Record struct {
	Case        string   `json:"case"`
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Sources     []Source `json:"sources"`
	Actors      []Actor  `json:"actors"`
	Ties        []Tie    `json:"ties"`
	Events      []Event  `json:"events"`
}

// Source is a document or dataset that citations point at.
type Source struct {
	ID          string         `json:"id"`
	Title       string         `json:"title"`
	Author      string         `json:"author,omitempty"`
	Publisher   string         `json:"publisher,omitempty"`
	Date        *edtf.Interval `json:"date,omitempty"`
	URL         string         `json:"url,omitempty"`
	Kind        string         `json:"kind"`
	Reliability string         `json:"reliability"`
	Note        string         `json:"note,omitempty"`
	// Restricted sources are withheld, with the claims that rest on them alone, from
	// the users of a team server not cleared to see them.
	Restricted bool      `json:"restricted,omitempty"`
	Recorded   *Recorded `json:"recorded,omitempty"`
}

// Actor is anything that can hold a relationship: a state or one of its organs, an armed
// group, a party or a faction of one, a militia, a criminal network, an individual.
type Actor struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases"` // [] when none, never null
	Kind     string            `json:"kind"`
	Country  string            `json:"country,omitempty"`
	Province string            `json:"province,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	External map[string]string `json:"external,omitempty"`
	Note     string            `json:"note,omitempty"`
	// MergedInto names the actor this one was found to be: its ties count as that
	// actor's in every reading, and a later version without it splits them again (see
	// the registry in the package documentation). MergeNote says who merged them and why.
	MergedInto string    `json:"merged_into,omitempty"`
	MergeNote  string    `json:"merge_note,omitempty"`
	Recorded   *Recorded `json:"recorded,omitempty"`
}

// MarshalJSON writes an actor with its aliases always present, [] when there are none.
func (a Actor) MarshalJSON() ([]byte, error) {
	type plain Actor // without the method
	p := plain(a)
	if p.Aliases == nil {
		p.Aliases = []string{}
	}
	return json.Marshal(p)
}

// Tie is a claim that a relationship of some kind held between two actors during its
// valid time, with the citations that are its evidence.
type Tie struct {
	ID        string        `json:"id"`
	Subject   string        `json:"subject"`
	Object    string        `json:"object"`
	Kind      Kind          `json:"kind"`
	Type      AgreementType `json:"type,omitempty"` // agreements only
	Sign      Sign          `json:"sign"`
	Directed  bool          `json:"directed"`
	Forms     []Form        `json:"forms,omitempty"`
	Third     string        `json:"third,omitempty"`
	Role      Role          `json:"role,omitempty"`
	Valid     edtf.Interval `json:"valid"`
	Intensity int           `json:"intensity,omitempty"`
	Rank      int           `json:"rank,omitempty"`
	Status    Status        `json:"status"`
	Basis     Basis         `json:"basis,omitempty"` // stated or inferred; "" reads as stated
	Citations []Citation    `json:"citations"`
	Note      string        `json:"note,omitempty"`
	Recorded  *Recorded     `json:"recorded,omitempty"`
}

// Citation is one piece of evidence for a tie or an event.
type Citation struct {
	Source       string      `json:"source"`
	Locator      string      `json:"locator,omitempty"`
	Credibility  Credibility `json:"credibility"`
	AttributedTo string      `json:"attributed_to,omitempty"`
	Stance       Stance      `json:"stance,omitempty"`
	Note         string      `json:"note,omitempty"`
}

// Event is a dated happening that marks or explains ties.
type Event struct {
	ID        string        `json:"id"`
	Title     string        `json:"title"`
	Date      edtf.Interval `json:"date"`
	Type      string        `json:"type,omitempty"`
	Actors    []string      `json:"actors,omitempty"`
	Citations []Citation    `json:"citations"`
	Note      string        `json:"note,omitempty"`
	Recorded  *Recorded     `json:"recorded,omitempty"`
}

// Recorded is the recorded-time side of a version of a claim: which case recorded it,
// which version it is, when it entered the record and, once superseded or retracted,
// when it left. It is set by the store, never by the analyst.
type Recorded struct {
	Case    string    `json:"case"`
	Version int       `json:"version"`
	From    time.Time `json:"from"`
	To      time.Time `json:"to,omitzero"`
	// Proposal names the proposal that made this version, one waiting for review: set
	// only where a reading includes proposed changes (see package team).
	Proposal string `json:"proposal,omitempty"`
}

// Current reports whether the version is still the current one.
func (r *Recorded) Current() bool { return r == nil || r.To.IsZero() }

// Normalize fills the values that follow from others: a tie's sign from its kind and
// agreement type and its direction from its kind, the default status and stance, the
// default membership role. Stores and readers call it so that equal claims compare
// equal.
func (t *Tie) Normalize() {
	t.Sign, t.Directed = SignOf(t.Kind, t.Type), t.Kind.Directed()
	if t.Status == "" {
		t.Status = Reported
	}
	if t.Kind == Membership && t.Role == "" {
		t.Role = Member
	}
	t.Forms = nilIfEmpty(t.Forms)
	t.Citations = nilIfEmpty(t.Citations)
	normalizeCitations(t.Citations)
}

// Normalize fills an event's default citation stances.
func (e *Event) Normalize() {
	e.Actors, e.Citations = nilIfEmpty(e.Actors), nilIfEmpty(e.Citations)
	normalizeCitations(e.Citations)
}

func normalizeCitations(cs []Citation) {
	for i := range cs {
		if cs[i].Stance == "" {
			cs[i].Stance = Asserts
		}
	}
}

// Normalize normalizes every tie and event of the record, and gives empty lists one
// form: the record's own lists are empty rather than nil (JSON writes them as []), the
// lists inside claims nil (case files leave them out).
func (r *Record) Normalize() {
	r.Sources, r.Actors, r.Ties, r.Events = nonNil(r.Sources), nonNil(r.Actors), nonNil(r.Ties), nonNil(r.Events)
	for i := range r.Actors {
		a := &r.Actors[i]
		a.Aliases, a.Tags = nilIfEmpty(a.Aliases), nilIfEmpty(a.Tags)
		if len(a.External) == 0 {
			a.External = nil
		}
	}
	for i := range r.Ties {
		r.Ties[i].Normalize()
	}
	for i := range r.Events {
		r.Events[i].Normalize()
	}
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func nilIfEmpty[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

// BestCredibility returns the strongest (lowest) credibility among the citations that
// assert the claim, or 6 (cannot be judged) when none asserts it.
func BestCredibility(cs []Citation) Credibility {
	best := Credibility(6)
	for _, c := range cs {
		if c.Stance != Denies && c.Credibility.Valid() && c.Credibility < best {
			best = c.Credibility
		}
	}
	return best
}

// Layer returns the layer of the tie's kind.
func (t *Tie) Layer() Layer { return t.Kind.Layer() }

// Aligns reports whether the tie counts in the alignment layer: a tie of that layer, or
// an agreement of a type that aligns its parties.
func (t *Tie) Aligns() bool { return SignOf(t.Kind, t.Type) != 0 }

// IsStated reports whether the source states the claim (basis stated, or no basis
// given), rather than the analyst inferring it.
func (t *Tie) IsStated() bool { return t.Basis != Inferred }

// Other returns the actor at the other end of t from id, or "" when id is not on t.
func (t *Tie) Other(id string) string {
	switch id {
	case t.Subject:
		return t.Object
	case t.Object:
		return t.Subject
	}
	return ""
}

// Involves reports whether id is the subject, object or third actor of t.
func (t *Tie) Involves(id string) bool {
	return t.Subject == id || t.Object == id || t.Third == id
}

// StripRecorded clears the recorded times of every claim: what remains is what the
// analyst wrote, as a case file holds it.
func (r *Record) StripRecorded() {
	for i := range r.Sources {
		r.Sources[i].Recorded = nil
	}
	for i := range r.Actors {
		r.Actors[i].Recorded = nil
	}
	for i := range r.Ties {
		r.Ties[i].Recorded = nil
	}
	for i := range r.Events {
		r.Events[i].Recorded = nil
	}
}
