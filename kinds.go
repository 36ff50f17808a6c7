package alliances

// Kind is the kind of a tie. It fixes the tie's sign and whether it is directed.
type Kind string

// The tie kinds. See KindInfo for sign and direction.
const (
	Alliance    Kind = "alliance"
	Support     Kind = "support"
	Cooperation Kind = "cooperation"
	Agreement   Kind = "agreement"
	Mediation   Kind = "mediation"
	Favour      Kind = "favour"
	Membership  Kind = "membership"
	Negotiation Kind = "negotiation"
	Rivalry     Kind = "rivalry"
	Hostility   Kind = "hostility"
	Opposition  Kind = "opposition"
	Coercion    Kind = "coercion"
)

// Sign is the sign a tie kind carries: +1 friendly, -1 hostile, 0 neutral.
type Sign int8

// String returns "+", "-" or "0".
func (s Sign) String() string {
	switch {
	case s > 0:
		return "+"
	case s < 0:
		return "-"
	}
	return "0"
}

// ParseSign reads "+", "-", "0" (or "positive", "negative", "neutral").
func ParseSign(s string) (Sign, bool) {
	switch s {
	case "+", "positive", "pos":
		return 1, true
	case "-", "negative", "neg":
		return -1, true
	case "0", "neutral":
		return 0, true
	}
	return 0, false
}

// KindInfo describes a tie kind.
type KindInfo struct {
	Kind     Kind
	Sign     Sign
	Directed bool
	Meaning  string
}

// Kinds lists every tie kind in the order of the domain's table.
var Kinds = []KindInfo{
	{Alliance, 1, false, "alliance, coalition, close partnership"},
	{Support, 1, true, "subject gives object material or political support"},
	{Cooperation, 1, false, "economic or operational collaboration"},
	{Agreement, 1, false, "cease-fire, non-aggression, peace, defection or power-sharing deal"},
	{Mediation, 1, true, "subject mediates between object and a third actor"},
	{Favour, 1, true, "subject's favourable stance toward object"},
	{Membership, 1, true, "subject is part, member, leader or faction of object"},
	{Negotiation, 0, false, "talks or contacts without agreement"},
	{Rivalry, -1, false, "competition or distrust without fighting"},
	{Hostility, -1, false, "armed conflict, targeting, clashes"},
	{Opposition, -1, true, "subject's hostile stance or fear toward object"},
	{Coercion, -1, true, "sanctions, detention, extortion by subject of object"},
}

// Info returns the description of k and whether k is a known kind.
func (k Kind) Info() (KindInfo, bool) {
	for _, ki := range Kinds {
		if ki.Kind == k {
			return ki, true
		}
	}
	return KindInfo{}, false
}

// Sign returns the sign of ties of kind k (0 for an unknown kind).
func (k Kind) Sign() Sign { ki, _ := k.Info(); return ki.Sign }

// Directed reports whether ties of kind k are directed.
func (k Kind) Directed() bool { ki, _ := k.Info(); return ki.Directed }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { _, ok := k.Info(); return ok }

// Form is a form of support, after the UCDP External Support Dataset.
type Form string

// The support forms; the comment gives the UCDP ESD column.
const (
	Troops         Form = "troops"         // ext_x
	Territory      Form = "territory"      // ext_l: access to territory, sanctuary
	Infrastructure Form = "infrastructure" // ext_y: access to infrastructure, joint operations
	Weapons        Form = "weapons"        // ext_w
	Materiel       Form = "materiel"       // ext_m: materiel and logistics
	Training       Form = "training"       // ext_t: training and expertise
	Funding        Form = "funding"        // ext_f
	Intelligence   Form = "intelligence"   // ext_i
	Political      Form = "political"      // political or diplomatic
	OtherForm      Form = "other"          // ext_o
	UnknownForm    Form = "unknown"        // ext_u
)

// Forms lists the support forms.
var Forms = []Form{Troops, Territory, Infrastructure, Weapons, Materiel, Training, Funding, Intelligence, Political, OtherForm, UnknownForm}

// Status is where a claim stands.
type Status string

// The claim statuses.
const (
	Reported  Status = "reported"
	Alleged   Status = "alleged"
	Confirmed Status = "confirmed"
	Disputed  Status = "disputed"
	Denied    Status = "denied"
	Retracted Status = "retracted"
)

// Statuses lists the claim statuses.
var Statuses = []Status{Reported, Alleged, Confirmed, Disputed, Denied, Retracted}

// Role qualifies a membership tie.
type Role string

// The membership roles.
const (
	Member  Role = "member"
	Leader  Role = "leader"
	Faction Role = "faction"
	Element Role = "element"
)

// Roles lists the membership roles.
var Roles = []Role{Member, Leader, Faction, Element}

// Stance says whether a citation asserts or denies the claim.
type Stance string

// The stances.
const (
	Asserts Stance = "asserts"
	Denies  Stance = "denies"
)

// Stances lists the stances.
var Stances = []Stance{Asserts, Denies}

// ActorKinds lists the kinds of actor.
var ActorKinds = []string{"state", "state-organ", "armed-group", "party", "faction", "militia",
	"criminal-network", "individual", "coalition", "international-organization", "other"}

// SourceKinds lists the kinds of source.
var SourceKinds = []string{"analysis", "news", "interview", "dataset", "official-statement", "self-statement", "other"}

// Reliabilities lists the Admiralty source reliability grades, best first:
// A completely reliable, B usually reliable, C fairly reliable, D not usually reliable,
// E unreliable, F cannot be judged.
var Reliabilities = []string{"A", "B", "C", "D", "E", "F"}

// EventTypes lists the PLOVER event types an event may carry.
var EventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// ExternalSchemes lists the schemes of external ids an actor may carry.
var ExternalSchemes = []string{"ucdp", "cow", "gw", "wikidata", "acled"}

// Credibility is the Admiralty information credibility of a claim: 1 confirmed by other
// independent sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable,
// 6 cannot be judged. Lower is stronger.
type Credibility int

// Valid reports whether c is on the scale.
func (c Credibility) Valid() bool { return c >= 1 && c <= 6 }

// MarshalText writes the sign as "+", "-" or "0".
func (s Sign) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a sign written by MarshalText or ParseSign.
func (s *Sign) UnmarshalText(b []byte) error {
	v, ok := ParseSign(string(b))
	if !ok {
		return Errorf(Invalid, "", "sign %q, expected +, - or 0", b)
	}
	*s = v
	return nil
}
