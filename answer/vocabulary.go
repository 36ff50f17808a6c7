package answer

import (
	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// KindTerm is a tie kind as a form offers it.
type KindTerm struct {
	Kind     alliances.Kind   `json:"kind"`
	Layer    alliances.Layer  `json:"layer"`
	Sign     string           `json:"sign"` // +, - or 0; an agreement's follows its type
	Directed bool             `json:"directed"`
	Meaning  string           `json:"meaning"`
	Forms    []alliances.Form `json:"forms"` // the forms a tie of the kind may carry
}

// Vocabulary is every term a claim is written with: what the forms that enter claims
// offer, and what a script checks a claim against.
type Vocabulary struct {
	Kinds          []KindTerm                `json:"kinds"`
	AgreementTypes []alliances.AgreementType `json:"agreement_types"`
	Statuses       []alliances.Status        `json:"statuses"`
	Bases          []alliances.Basis         `json:"bases"`
	Roles          []alliances.Role          `json:"roles"`
	Stances        []alliances.Stance        `json:"stances"`
	Credibilities  []string                  `json:"credibilities"` // 1 to 6, best first, in words
	ActorKinds     []string                  `json:"actor_kinds"`
	SourceKinds    []string                  `json:"source_kinds"`
	Reliabilities  []string                  `json:"reliabilities"`
}

// Terms returns the vocabulary of the record.
func Terms() Vocabulary {
	v := Vocabulary{AgreementTypes: alliances.AgreementTypes, Statuses: alliances.Statuses,
		Bases: []alliances.Basis{alliances.Stated, alliances.Inferred}, Roles: alliances.Roles, Stances: alliances.Stances,
		Credibilities: []string{"1 confirmed", "2 probably true", "3 possibly true", "4 doubtful", "5 improbable", "6 cannot be judged"},
		ActorKinds:    alliances.ActorKinds, SourceKinds: alliances.SourceKinds, Reliabilities: alliances.Reliabilities}
	for _, k := range alliances.Kinds {
		forms := alliances.FormsOf(k.Kind)
		if forms == nil {
			forms = []alliances.Form{}
		}
		v.Kinds = append(v.Kinds, KindTerm{Kind: k.Kind, Layer: k.Layer, Sign: k.Sign.String(), Directed: k.Directed, Meaning: k.Meaning, Forms: forms})
	}
	return v
}

// DateReading is a date as the record reads it.
type DateReading struct {
	Date  string `json:"date"`
	Valid bool   `json:"valid"`
	Words string `json:"words,omitempty"` // in English, with its uncertainty
	First string `json:"first,omitempty"` // the first day it may cover
	Last  string `json:"last,omitempty"`  // and the last
	Error string `json:"error,omitempty"` // what is wrong, for a date that does not parse
}

// ReadDate reads an EDTF date for a person typing it: what it means, or what is wrong.
func ReadDate(s string) DateReading {
	iv, err := edtf.Parse(s)
	if err != nil {
		return DateReading{Date: s, Error: err.Error()}
	}
	f := iv.Fuzzy()
	return DateReading{Date: s, Valid: true, Words: iv.Words(), First: f.First.String(), Last: f.Last.String()}
}
