package alliances

import (
	"strings"

	"github.com/alliances-project/alliances/edtf"
)

// Kind is the kind of a tie. It fixes the tie's layer, its sign in the alignment layer
// (for agreements, together with the agreement's type) and whether it is directed.
type Kind string

// The tie kinds, by layer. See KindInfo for layer, sign and direction.
const (
	// The alignment layer: who is with whom, signed.
	Alliance    Kind = "alliance"
	Support     Kind = "support"
	Cooperation Kind = "cooperation"
	Favour      Kind = "favour"
	Rivalry     Kind = "rivalry"
	Hostility   Kind = "hostility"
	Opposition  Kind = "opposition"
	Coercion    Kind = "coercion"

	// The hierarchy layer: what is part of what, and where organizations came from.
	Membership Kind = "membership"
	Splinter   Kind = "splinter"
	Merger     Kind = "merger"
	Renaming   Kind = "renaming"

	// The process layer: contacts and deals.
	Agreement   Kind = "agreement"
	Negotiation Kind = "negotiation"
	Mediation   Kind = "mediation"
)

// Layer is the kind of relationship a tie records. Signed analyses read the alignment
// layer by default; the hierarchy layer says what is part of what and is used to fold
// parts into the whole, never as a signed tie; the process layer records contacts and
// deals, which do not by themselves make two actors friends.
type Layer string

// The layers.
const (
	Alignment Layer = "alignment"
	Hierarchy Layer = "hierarchy"
	Process   Layer = "process"
)

// Layers lists the layers.
var Layers = []Layer{Alignment, Hierarchy, Process}

// Sign is the sign a tie carries in the alignment layer: +1 friendly, -1 hostile, 0
// none (hierarchy and process ties, but for the deals that align their parties).
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
	Layer    Layer
	Sign     Sign // in the alignment layer; agreements take theirs from their type
	Directed bool
	Meaning  string
}

// Kinds lists every tie kind in the order of the domain's table: alignment, hierarchy,
// process.
var Kinds = []KindInfo{
	{Alliance, Alignment, 1, false, "alliance, coalition, close partnership"},
	{Support, Alignment, 1, true, "subject gives object material or political support"},
	{Cooperation, Alignment, 1, false, "economic or operational collaboration: joint taxation, smuggling, coordination"},
	{Favour, Alignment, 1, true, "subject's stated or observed favourable stance toward object"},
	{Rivalry, Alignment, -1, false, "competition or distrust without fighting"},
	{Hostility, Alignment, -1, false, "armed conflict, targeting, clashes"},
	{Opposition, Alignment, -1, true, "subject's stated or observed hostile stance or fear toward object"},
	{Coercion, Alignment, -1, true, "sanctions, detention, extortion by subject of object"},
	{Membership, Hierarchy, 0, true, "subject is an element, faction, member or leader of object"},
	{Splinter, Hierarchy, 0, true, "subject split from object"},
	{Merger, Hierarchy, 0, true, "subject merged into object"},
	{Renaming, Hierarchy, 0, true, "subject was renamed to object"},
	{Agreement, Process, 0, false, "a deal of a given type; business, defection and power-sharing deals also align their parties"},
	{Negotiation, Process, 0, false, "talks or contacts without agreement"},
	{Mediation, Process, 0, true, "subject (the mediator) brings object and third together, or introduces one to the other"},
}

// legacySign is the sign earlier versions gave every tie of a kind, before kinds had
// layers: readers accept it where a file written then carries it.
func (k Kind) legacySign() Sign {
	switch k {
	case Agreement, Mediation, Membership:
		return 1
	}
	return k.Sign()
}

// AcceptsSign reports whether s is a sign a file may carry beside a tie of kind k and
// type a: the sign they derive, or the one an earlier version derived for the kind.
func AcceptsSign(k Kind, a AgreementType, s Sign) bool {
	return s == SignOf(k, a) || s == k.legacySign()
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

// Sign returns the sign of ties of kind k in the alignment layer (0 for an unknown
// kind, and for agreements, whose sign depends on their type: see SignOf).
func (k Kind) Sign() Sign { ki, _ := k.Info(); return ki.Sign }

// Layer returns the layer of kind k ("" for an unknown kind).
func (k Kind) Layer() Layer { ki, _ := k.Info(); return ki.Layer }

// Directed reports whether ties of kind k are directed.
func (k Kind) Directed() bool { ki, _ := k.Info(); return ki.Directed }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { _, ok := k.Info(); return ok }

// SignOf returns the sign a tie of kind k and agreement type a carries in the alignment
// layer: the kind's own, or + for an agreement that aligns its parties (see
// AgreementType.Aligns).
func SignOf(k Kind, a AgreementType) Sign {
	if k == Agreement && a.Aligns() {
		return 1
	}
	return k.Sign()
}

// AgreementType is the type of an agreement tie.
type AgreementType string

// The agreement types.
const (
	CeaseFire     AgreementType = "cease-fire"
	NonAggression AgreementType = "non-aggression"
	PeaceDeal     AgreementType = "peace-deal"
	BusinessDeal  AgreementType = "business-deal"
	DefectionDeal AgreementType = "defection-deal"
	PowerSharing  AgreementType = "power-sharing"
)

// AgreementTypes lists the agreement types.
var AgreementTypes = []AgreementType{CeaseFire, NonAggression, PeaceDeal, BusinessDeal, DefectionDeal, PowerSharing}

// Aligns reports whether an agreement of this type also aligns its parties: a business
// deal, a defection deal or a power-sharing deal makes them partners from its start
// (+ in the alignment layer); a cease-fire, a non-aggression pact or a peace deal
// between enemies does not make them friends.
func (a AgreementType) Aligns() bool {
	return a == BusinessDeal || a == DefectionDeal || a == PowerSharing
}

// Basis says whether the source states a claim or the analyst infers it from the source.
type Basis string

// The bases. A tie without a basis is read as stated: its citations assert it.
const (
	Stated   Basis = "stated"
	Inferred Basis = "inferred"
)

// Bases lists the bases.
var Bases = []Basis{Stated, Inferred}

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

// The obligations of an alliance, after the Alliance Treaty Obligations and Provisions
// project: the forms an alliance tie may carry.
const (
	Defense       Form = "defense"        // to fight beside the ally if it is attacked
	Offense       Form = "offense"        // to join the ally's attack
	Neutrality    Form = "neutrality"     // to stay out of a war the ally fights
	Nonaggression Form = "non-aggression" // not to attack the ally
	Consultation  Form = "consultation"   // to consult in a crisis
)

// Obligations lists the obligations of an alliance.
var Obligations = []Form{Defense, Offense, Neutrality, Nonaggression, Consultation}

// FormsOf returns the forms a tie of kind k may carry: support forms on support ties,
// obligations on alliances, none on the others.
func FormsOf(k Kind) []Form {
	switch k {
	case Support:
		return Forms
	case Alliance:
		return Obligations
	}
	return nil
}

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

// Category is the actor kind of categories ("global jihadists", "northern
// powerbrokers") and regime forms (an emirate as a political aim): names a source uses
// for groups of actors or for aims, which analyses leave out unless asked, since they
// do not hold ties of their own.
const Category = "category"

// ActorKinds lists the kinds of actor.
var ActorKinds = []string{"state", "state-organ", "armed-group", "party", "faction", "militia",
	"criminal-network", "individual", "coalition", "international-organization", Category, "other"}

// SourceKinds lists the kinds of source.
var SourceKinds = []string{"analysis", "news", "interview", "dataset", "official-statement", "self-statement", "other"}

// Reliabilities lists the Admiralty source reliability grades, best first:
// A completely reliable, B usually reliable, C fairly reliable, D not usually reliable,
// E unreliable, F cannot be judged.
var Reliabilities = []string{"A", "B", "C", "D", "E", "F"}

// EventTypes lists the PLOVER event types an event may carry.
var EventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// ExternalSchemes lists the schemes of external ids an actor may carry: UCDP's actor id
// (the ids of 2017 and later), the Correlates of War and Gleditsch-Ward state codes, the
// ISO 3166-1 alpha-3 code of a state, the Wikidata item, and the actor's name in ACLED's
// data. An actor known by several ids of one scheme (ACLED names a government's forces
// by period) writes them separated by " | ".
var ExternalSchemes = []string{"ucdp", "cow", "gw", "iso3166", "wikidata", "acled"}

// ExternalIDs splits the value of an external id scheme into its ids.
func ExternalIDs(value string) []string {
	var ids []string
	for id := range strings.SplitSeq(value, "|") {
		if id = strings.TrimSpace(id); id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

// ExternalPeriod splits an external id that a data set gives the actor for a period only
// ("130 in 1996-09-27/2001-11-13": UCDP's Government of Afghanistan, while the Taliban held
// Kabul) into the id and the period; an id without one has a zero period. Only a period
// that parses as an EDTF date or interval counts: "Islamic State in Khorasan" is a name.
func ExternalPeriod(id string) (string, edtf.Interval) {
	i := strings.LastIndex(id, " in ")
	if i < 0 {
		return id, edtf.Interval{}
	}
	period, err := edtf.Parse(strings.TrimSpace(id[i+4:]))
	if err != nil {
		return id, edtf.Interval{}
	}
	return strings.TrimSpace(id[:i]), period
}

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
