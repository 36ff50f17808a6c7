package extract

import (
	"bytes"
	_ "embed"
	"fmt"
	"maps"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/alliances-project/alliances"
)

//go:embed rules.yaml
var builtInRules []byte

// Rules are the words the reader works with (see rules.yaml).
type Rules struct {
	SkipParagraphs []string            `yaml:"skip_paragraphs"`
	MinWords       int                 `yaml:"min_words"`
	Relations      []Relation          `yaml:"relations"`
	Negations      []string            `yaml:"negations"`
	Ends           []string            `yaml:"ends"`
	Starts         []string            `yaml:"starts"`         // the words that make the time of a tie its start: "resumed support in 2004"
	Considerations []string            `yaml:"considerations"` // the words of a tie weighed, not held: "considering the possibility of"
	Hedges         []string            `yaml:"hedges"`
	Attributions   []string            `yaml:"attributions"`
	Suppositions   []string            `yaml:"suppositions"` // the words after which a sentence tells what was assumed, hoped or feared, not what held
	Presupposed    []string            `yaml:"presupposed"`  // the words after which a hedged clause names what it takes as fact: "whether they played a role in the contacts"
	Lookbacks      []string            `yaml:"lookbacks"`    // the words by which a paragraph that names no year tells of what held before the text's time: "for quite some time"
	Growths        []string            `yaml:"growths"`      // the words after a cue by which its tie grew from its time on: "increased year on year"
	Aliases        map[string]string   `yaml:"aliases"`
	Combining      map[string]string   `yaml:"combining"` // a state's form before a hyphen and another state's word: "Franco" of "Franco-Chadian forces"
	Capitals       map[string]string   `yaml:"capitals"`  // a capital (folded) -> its state's id: another name of a state the reader knows
	Pronouns       []string            `yaml:"pronouns"`
	Pairs          []string            `yaml:"pairs"`           // words that stand for the two actors named last: "the two"
	Threes         []string            `yaml:"threes"`          // words that stand for the three actors named last: "the three leaders"
	Governments    []string            `yaml:"governments"`     // words that stand for the state of the report's conflict: "the government"
	Collectives    []string            `yaml:"collectives"`     // plural nouns of armed men that name a side: "rebels", "Islamists"
	Translations   map[string]string   `yaml:"translations"`    // a transliterated name's first word -> its translation: Jabhat -> Front
	Organizations  map[string][]string `yaml:"organizations"`   // actor kind -> the words that end (or begin) such names
	NamePrefixes   map[string][]string `yaml:"name_prefixes"`   // actor kind -> the words that begin such names in transliteration ("Hizb-e Islami")
	NounFirst      map[string][]string `yaml:"noun_first"`      // actor kind -> the nouns that begin such names in a language that puts the noun first ("Frente Sandinista"), prefixes kept in short forms
	GivenNames     []string            `yaml:"given_names"`     // the given names that open people's names: "Sergei" of "Sergei Lavrov"
	CommonNames    []string            `yaml:"common_names"`    // the words many names share ("Sham", "Islam"): no short form of a name is one of them
	AgreementTypes map[string][]string `yaml:"agreement_types"` // agreement type -> the words (folded) that give it
	Titles         []string            `yaml:"titles"`          // the words of a post that make its holder a member: "president", "commander"
	StatePosts     []string            `yaml:"state_posts"`     // the posts only a state has: "prime minister", "defence minister"
	Places         []string            `yaml:"places"`          // the words that make a state named after them a place: "in Syria"
	Asides         []string            `yaml:"asides"`          // the words that set the actor after them aside from a cue's claim: "through Pakistan"
	Claims         []string            `yaml:"claims"`          // the words by which actors claim an attack told before: "claimed the attack", "claimed by"
	Convenings     []string            `yaml:"convenings"`      // the words of one who hosts or sponsors a meeting between two: its mediator ("hosted", "auspices")
	Meetings       []string            `yaml:"meetings"`        // the nouns of a meeting or a deal between two that another may convene: "talks", "ceasefire"
	States         map[string]string   `yaml:"states"`          // a state's name -> its ISO 3166 alpha-3 code: the states a new case may hold
	Formerly       map[string]string   `yaml:"formerly"`        // a name a state went by -> its name in States: "Burma" -> "Myanmar"
	Intensities    map[int][]string    `yaml:"intensities"`     // an intensity (1 token to 5 decisive) -> the words before a cue that grade it
	Bodies         map[string][]string `yaml:"bodies"`          // actor kind -> bodies a new case may hold by name, each "Name|Other name|ABBR"
}

// Relation is a kind of tie and the words that name it.
type Relation struct {
	Kind    alliances.Kind      `yaml:"kind"`
	Cues    []string            `yaml:"cues"`
	Passive []string            `yaml:"passive"`
	Forms   map[string][]string `yaml:"forms"`
	// Then, when given, are the words one of which must follow the cue's object within
	// four words for the cue to state the relation: a demand is opposition when it asks
	// the actor to stop or leave ("called on Hezbollah to end its involvement"), not when
	// it asks it to join.
	Then []string `yaml:"then"`
	// Before, when given, are the words one of which must stand between the cue's subject
	// and the cue for the cue to state the relation: help that arrives names what arrived
	// ("Saudi money reached UNITA"), where most that reach a place only came there.
	Before []string `yaml:"before"`
	// Within, when given, are the words one of which must stand in the gap of the cue
	// ("had ... from"): what one had from another is help where the gap names help ("the
	// FNLA had money and arms from the CIA"), not where it names a move ("had come from").
	Within []string `yaml:"within"`
}

// DefaultRules returns the built-in rules.
func DefaultRules() *Rules {
	r, err := ParseRules("rules.yaml", builtInRules)
	if err != nil {
		panic(err)
	}
	return r
}

// ParseRules reads rules; an unknown field, kind or form is an error naming it.
func ParseRules(name string, data []byte) (*Rules, error) {
	var r Rules
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: %v", name, err)
	}
	for k := range r.Organizations {
		if !slices.Contains(alliances.ActorKinds, k) {
			return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: organizations: %q is no kind of actor", name, k)
		}
	}
	for k, ws := range r.AgreementTypes {
		if !slices.Contains(alliances.AgreementTypes, alliances.AgreementType(k)) {
			return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: agreement_types: %q is no agreement type", name, k)
		}
		for i, w := range ws {
			ws[i] = alliances.Fold(w)
		}
	}
	for k := range r.Bodies {
		if !slices.Contains(alliances.ActorKinds, k) {
			return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: bodies: %q is no kind of actor", name, k)
		}
	}
	for key, m := range map[string]map[string][]string{"name_prefixes": r.NamePrefixes, "noun_first": r.NounFirst} {
		for k := range m {
			if !slices.Contains(alliances.ActorKinds, k) {
				return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: %s: %q is no kind of actor", name, key, k)
			}
		}
	}
	for k, ws := range r.Intensities {
		if k < 1 || k > 5 {
			return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: intensities: %d is no intensity (1 token to 5 decisive)", name, k)
		}
		for i, w := range ws {
			ws[i] = alliances.Fold(w)
		}
	}
	for i, rel := range r.Relations {
		if !rel.Kind.Valid() {
			return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: relations[%d].kind %q: expected a tie kind", name, i, rel.Kind)
		}
		for f := range rel.Forms {
			if !slices.Contains(alliances.Forms, alliances.Form(f)) {
				return nil, alliances.Errorf(alliances.Invalid, "rules", "%s: relations[%d].forms: %q is no support form", name, i, f)
			}
		}
	}
	return &r, nil
}

// CheckFormerly reports a former name whose state is none of the rules' list of states
// (states), naming the file the rules came from: "Birma: Myanmr" in a user's file.
func (r *Rules) CheckFormerly(file string) error {
	for _, old := range slices.Sorted(maps.Keys(r.Formerly)) {
		if now := r.Formerly[old]; r.States[now] == "" {
			return alliances.Errorf(alliances.Invalid, "rules", "%s: formerly: %q: %q is no state of the rules' list (states); expected a name it gives", file, old, now)
		}
	}
	return nil
}

// Extend adds the lists of more to r's: their cues, words and aliases.
func (r *Rules) Extend(more *Rules) {
	r.SkipParagraphs = append(r.SkipParagraphs, more.SkipParagraphs...)
	if more.MinWords > 0 {
		r.MinWords = more.MinWords
	}
	for _, m := range more.Relations {
		// A relation with words its cues need (then, before, within) keeps them: merged
		// into another of its kind, its cues would state the relation without them.
		own := len(m.Then) > 0 || len(m.Before) > 0 || len(m.Within) > 0
		found := false
		for i := range r.Relations {
			if r.Relations[i].Kind == m.Kind && !own && !found {
				r.Relations[i].Cues = append(r.Relations[i].Cues, m.Cues...)
				r.Relations[i].Passive = append(r.Relations[i].Passive, m.Passive...)
				if r.Relations[i].Forms == nil {
					r.Relations[i].Forms = map[string][]string{}
				}
				for f, ws := range m.Forms {
					r.Relations[i].Forms[f] = append(r.Relations[i].Forms[f], ws...)
				}
				found = true
			}
		}
		if !found {
			r.Relations = append(r.Relations, m)
		}
	}
	r.Negations = append(r.Negations, more.Negations...)
	r.Ends = append(r.Ends, more.Ends...)
	r.Starts = append(r.Starts, more.Starts...)
	r.Considerations = append(r.Considerations, more.Considerations...)
	r.Hedges = append(r.Hedges, more.Hedges...)
	r.Attributions = append(r.Attributions, more.Attributions...)
	r.Suppositions = append(r.Suppositions, more.Suppositions...)
	r.Presupposed = append(r.Presupposed, more.Presupposed...)
	r.Lookbacks = append(r.Lookbacks, more.Lookbacks...)
	r.Growths = append(r.Growths, more.Growths...)
	if r.Aliases == nil {
		r.Aliases = map[string]string{}
	}
	maps.Copy(r.Aliases, more.Aliases)
	if r.Combining == nil {
		r.Combining = map[string]string{}
	}
	maps.Copy(r.Combining, more.Combining)
	if r.Capitals == nil {
		r.Capitals = map[string]string{}
	}
	maps.Copy(r.Capitals, more.Capitals)
	r.Pronouns = append(r.Pronouns, more.Pronouns...)
	r.Pairs = append(r.Pairs, more.Pairs...)
	r.Threes = append(r.Threes, more.Threes...)
	r.Governments = append(r.Governments, more.Governments...)
	r.Collectives = append(r.Collectives, more.Collectives...)
	if r.Translations == nil {
		r.Translations = map[string]string{}
	}
	maps.Copy(r.Translations, more.Translations)
	r.Titles = append(r.Titles, more.Titles...)
	r.StatePosts = append(r.StatePosts, more.StatePosts...)
	if r.AgreementTypes == nil {
		r.AgreementTypes = map[string][]string{}
	}
	for k, ws := range more.AgreementTypes {
		r.AgreementTypes[k] = append(r.AgreementTypes[k], ws...)
	}
	if r.NamePrefixes == nil {
		r.NamePrefixes = map[string][]string{}
	}
	for k, ws := range more.NamePrefixes {
		r.NamePrefixes[k] = append(r.NamePrefixes[k], ws...)
	}
	if r.NounFirst == nil {
		r.NounFirst = map[string][]string{}
	}
	for k, ws := range more.NounFirst {
		r.NounFirst[k] = append(r.NounFirst[k], ws...)
	}
	r.CommonNames = append(r.CommonNames, more.CommonNames...)
	r.GivenNames = append(r.GivenNames, more.GivenNames...)
	r.Places = append(r.Places, more.Places...)
	r.Asides = append(r.Asides, more.Asides...)
	r.Claims = append(r.Claims, more.Claims...)
	r.Convenings = append(r.Convenings, more.Convenings...)
	r.Meetings = append(r.Meetings, more.Meetings...)
	if r.Intensities == nil {
		r.Intensities = map[int][]string{}
	}
	for k, ws := range more.Intensities {
		r.Intensities[k] = append(r.Intensities[k], ws...)
	}
	if r.States == nil {
		r.States = map[string]string{}
	}
	maps.Copy(r.States, more.States)
	if r.Formerly == nil {
		r.Formerly = map[string]string{}
	}
	maps.Copy(r.Formerly, more.Formerly)
	if r.Bodies == nil {
		r.Bodies = map[string][]string{}
	}
	for k, ws := range more.Bodies {
		r.Bodies[k] = append(r.Bodies[k], ws...)
	}
	if r.Organizations == nil {
		r.Organizations = map[string][]string{}
	}
	for k, ws := range more.Organizations {
		r.Organizations[k] = append(r.Organizations[k], ws...)
	}
}

func (r *Rules) String() string {
	return fmt.Sprintf("%d relations, %d negations, %d hedges, %d aliases", len(r.Relations), len(r.Negations), len(r.Hedges), len(r.Aliases))
}

// relation returns the rules' relation of a kind, or none.
func (rd *Reader) relation(k alliances.Kind) Relation {
	for _, r := range rd.rules.Relations {
		if r.Kind == k {
			return r
		}
	}
	return Relation{}
}
