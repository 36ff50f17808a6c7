package extract_test

// The forms eight more reviewers' reports showed (a Group of Experts' report, a trial
// judgment, a journal article, a book review, a field report, a magazine feature, a policy
// brief and a podcast's transcript), and those the reports reviewed before still missed.

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session60Actors are the actors of this file's sentences.
func session60Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "burundi", Name: "Burundi", Kind: "state"},
		{ID: "fdd", Name: "Forces for the Defence of Democracy", Aliases: []string{"FDD"}, Kind: "armed-group"},
		{ID: "assad", Name: "Bashar al-Assad", Aliases: []string{"Assad"}, Kind: "individual"},
		{ID: "hezbollah", Name: "Hezbollah", Aliases: []string{"The movement"}, Kind: "armed-group"},
		{ID: "gatia", Name: "Imghad and Allied Tuareg Self-Defence Group", Aliases: []string{"GATIA"}, Kind: "militia"},
		{ID: "platform", Name: "Platform", Aliases: []string{"The Platform"}, Kind: "coalition"},
		{ID: "fahad", Name: "Fahad Ag Almahmoud", Kind: "individual"},
		{ID: "kabarebe", Name: "James Kabarebe", Aliases: []string{"Kabarebe"}, Kind: "individual"},
		{ID: "afdl", Name: "AFDL", Kind: "armed-group"},
		{ID: "museveni", Name: "Yoweri Museveni", Aliases: []string{"Museveni"}, Kind: "individual"},
		{ID: "rwanda", Name: "Rwanda", Aliases: []string{"Rwandan"}, Kind: "state"},
		{ID: "zaire", Name: "Zaire", Aliases: []string{"Congolese"}, Kind: "state"},
		{ID: "guard", Name: "National Guard", Aliases: []string{"the Guard"}, Kind: "state-organ"},
		{ID: "supporters", Name: "Makarios's supporters", Aliases: []string{"his supporters"}, Kind: "other"},
		{ID: "kh", Name: "Kata'ib Hezbollah", Kind: "militia"},
		{ID: "iran", Name: "Iran", Aliases: []string{"Tehran"}, Kind: "state"},
		{ID: "georgia", Name: "Georgia", Aliases: []string{"Government troops"}, Kind: "state"},
		{ID: "zviadists", Name: "Zviadists", Aliases: []string{"the Zviadists"}, Kind: "militia"},
	}
}

// TestFormsOfPurposeAfterTo: "sent ... to" names its receiver after "to"; an infinitive
// there tells a purpose, whose object is no receiver ("sent its army into South Kivu to
// smash the bases of the FDD", the Congo report's ¶10), unless it is a verb of help
// ("sent thousands of men to rescue Assad", the Syria report's ¶9).
func TestFormsOfPurposeAfterTo(t *testing.T) {
	checkForms(t, session60Actors(), []formCase{
		{"a purpose", "In 1996 Burundi sent its army into South Kivu to smash the bases of the FDD.", nil, []string{"burundi support fdd"}},
		{"a receiver", "In 1996 Burundi sent arms to the FDD.", []string{"burundi support fdd"}, nil},
		{"help", "In 2024 Hezbollah, which sent thousands of men to rescue Assad after 2013, was drained by its war with Israel.", []string{"hezbollah support assad"}, nil},
	})
}

// TestFormsOfLeadersUnder: "under" a person after the aside of an organization's founding
// names its leader ("the GATIA, formed in August 2014 under Fahad Ag Almahmoud", the Mali
// report's ¶14); not a person under whom another did what the aside tells.
func TestFormsOfLeadersUnder(t *testing.T) {
	checkForms(t, session60Actors(), []formCase{
		{"founded under", "The Platform grouped the GATIA, formed in August 2014 under Fahad Ag Almahmoud.", []string{"fahad membership gatia", "gatia membership platform"}, []string{"platform membership fahad"}},
		{"no founding", "The Platform grouped the GATIA, which fought in August 2014 under Fahad Ag Almahmoud.", nil, []string{"fahad membership gatia"}},
	})
}

// TestFormsOfMeetingPastAnAside: the subject of "met" may stand before an aside that
// describes it ("James Kabarebe, the chairman of the AFDL, met Museveni"); a post after a
// name and "later" is the name's too, beside a post before it ("a young Rwandan officer,
// James Kabarebe, later chief of staff of the new Congolese army", the Congo report's ¶7).
func TestFormsOfMeetingPastAnAside(t *testing.T) {
	checkForms(t, session60Actors(), []formCase{
		{"an aside", "In 1996 James Kabarebe, the chairman of the AFDL, met Museveni in Kampala.", []string{"kabarebe negotiation museveni", "kabarebe membership afdl"}, nil},
		{"a later post", "In 1996 the field commander was a young Rwandan officer, James Kabarebe, later chief of staff of the new Congolese army.",
			[]string{"kabarebe membership rwanda", "kabarebe membership zaire"}, nil},
	})
}

// TestFormsOfHuntsAndAnswers: hunting down is a fight ("EOKA-B gunmen joined the Guard in
// hunting down his supporters", the Cyprus column's ¶6); to answer to another is to be
// its ("continue to answer to Tehran first", the Iraq brief's ¶8); a chronology's present
// "drive ... from" is a fight, as "drove" is.
func TestFormsOfHuntsAndAnswers(t *testing.T) {
	checkForms(t, session60Actors(), []formCase{
		{"hunting down", "In 1974 the Guard began hunting down his supporters in Limassol.", []string{"guard hostility supporters"}, nil},
		{"answer to", "In 2017 Kata'ib Hezbollah continue to answer to Tehran first.", []string{"kh membership iran"}, nil},
		{"drives from", "In November 1993 Georgia drives the Zviadists from Khobi and Senaki.", []string{"georgia hostility zviadists"}, nil},
	})
}
