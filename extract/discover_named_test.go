package extract_test

import (
	"testing"
)

// TestDiscoverNamesGivenByTheirWords: an organization the text names with no form of an
// organization's name is found by the words that give the name: a body's noun before it
// and a comma ("Dostum's movement, the Junbish-i Milli,"), a verb of naming ("a group
// calling itself", "men calling themselves", "now called", "so-called"), a merger ("to form"), a body's noun after
// an abbreviation ("whose SCUD movement"), a noun set after it that a participle or a
// superlative goes on ("a company built from", "the party closest to"). A person is found
// after "Chancellor", after a people's noun ("the American Robert Mackenzie"), with a
// patronymic ("Mohammed bin Abdulrahman Al Thani") and before a post in a state's
// possessive ("Deng Xiaoping, China's paramount leader"). The sentences are the tuned
// reports' (afghanistan-1996 ¶3, mali-2012 ¶7, lebanon-1975 ¶11, congo-1996 ¶2, chad-2005
// ¶3, sierra-leone-1991 ¶7, libya-2019 ¶12, syria-2024 ¶14, cambodia-1979 ¶6), shortened.
// The forms of names are the rules' ("the Katangese Tigers", "the Mare' Operations Room").
// Not a name after a phrase of place ("Inside the movement, Massoud,"), one called so by
// others than a body ("the militia fighters called Massoud a traitor"), a thing called
// so ("the city called Goma"), nor what a name's own word calls ("the Syrian National
// Coalition and called Sharia law"; "the National Coalition, now called Etilaf", its
// other name).
func TestDiscoverNamesGivenByTheirWords(t *testing.T) {
	text := "In 1992 Dostum's movement, the Junbish-i Milli, ruled Mazar-i Sharif. Abdul Rasul Sayyaf's Ittihad-i Islami, the party closest to the Saudis, held Paghman.\n\n" +
		"In 2012 Belmokhtar left the organisation to lead his own brigade, al-Mulathamun. In August 2013 the brigade merged with MUJAO to form al-Mourabitoun. Mali, Niger and Chad, the so-called G5 Sahel, met in Nouakchott.\n\n" +
		"In 1983 a group calling itself Islamic Jihad claimed the attacks. In 1985 men calling themselves the Black Hand kidnapped two diplomats. With the refugees came that defeated army, now called the ex-FAR, and the militias.\n\n" +
		"In 2005 Yaya Dillo, whose SCUD movement recruited deserters in the east, left. In 1995 the government contracted Executive Outcomes, a South African company built from veterans of the old army, to retake the mines.\n\n" +
		"In 2020 the Berlin conference, hosted by Chancellor Angela Merkel, met. Its field commander, the American Robert Mackenzie, was killed in 1995. In 2024 Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, visited Damascus. In 1979 Deng Xiaoping, China's paramount leader, called the war a lesson.\n\n" +
		"In 1996 the Katangese Tigers, heirs of the gendarmes, crossed from Angola. In 2016 the Mare' Operations Room fought the YPG near Azaz.\n\n" +
		"Inside the movement, Massoud, the commander, ruled in 1995. In 1996 the militia fighters called Massoud a traitor. The city called Goma fell in 1996. In 2014 the National Coalition, now called Etilaf, met in Istanbul. In 2013 the brigades rejected the Syrian National Coalition and called Sharia law the source of legislation."
	_, _, finds := discover(text)
	kinds := kindsByName(finds)
	for name, kind := range map[string]string{"Junbish-i Milli": "armed-group", "Ittihad-i Islami": "party", "al-Mulathamun": "armed-group",
		"al-Mourabitoun": "armed-group", "G5 Sahel": "other", "Islamic Jihad": "armed-group", "Black Hand": "other", "ex-FAR": "armed-group", "SCUD": "armed-group",
		"Executive Outcomes": "other", "Angela Merkel": "individual", "Robert Mackenzie": "individual",
		"Mohammed bin Abdulrahman Al Thani": "individual", "Deng Xiaoping": "individual",
		"Katangese Tigers": "armed-group", "Mare Operations Room": "coalition"} {
		if got, ok := kinds[name]; !ok || got != kind {
			t.Errorf("%s found as %q (found: %v); want it, of kind %s", name, got, ok, kind)
		}
	}
	for _, name := range []string{"Massoud", "Goma", "Sharia", "Etilaf", "Islami", "American Robert Mackenzie"} {
		if _, ok := kinds[name]; ok {
			t.Errorf("%s found; want no actor of that name", name)
		}
	}
}
