package extract_test

import "testing"

// TestFormsOfTheThirdReading: forms found in the texts annotated on 2026-12-03 after the
// first thirteen (the third parts of the Mali War, the Sahel insurgency and the foreign
// involvement in Syria, the second of the belligerents in Syria), each written here with
// the actors of the other sentence tests, the paragraph it comes from named.
func TestFormsOfTheThirdReading(t *testing.T) {
	checkForms(t, formActors(), []formCase{
		// mali-war-3 ¶15, sahel-3 ¶2: one killed in an attack on a camp is the camp's
		// fellow victim, not its enemy; an attack named by its attacker's word is theirs.
		{"killed in an attack on a camp", "On 22 January 2022, a Pakistani soldier was killed and nine were injured in a mortar attack on the Jami'at camp in Herat.",
			nil, []string{"pakistan hostility jamiat", "jamiat hostility pakistan"}},
		{"killed in an attack named by its attacker", "On 7 October 2021, 16 Pakistani soldiers were killed in a Taliban attack in the north.",
			[]string{"pakistan hostility taliban"}, nil},
		// mali-war-3 ¶29: a ceasefire agreed between two.
		{"a ceasefire agreed between", "A ceasefire was agreed upon on 20 February 2015 between the Iranian government and the Taliban.",
			[]string{"iran agreement taliban"}, nil},
		// mali-war-3 ¶13, belligerents-2: joint exercises, common operations.
		{"joint exercises with", "On 4 July 2021, Iran resumed joint military exercises with members of the Pakistani armed forces.",
			[]string{"iran cooperation pakistan"}, nil},
		{"common operations with", "In 2013 the Taliban carried out common operations with Jami'at in the north.",
			[]string{"taliban cooperation jamiat"}, nil},
		// belligerents ¶20: a post the possessive gives, after a copula.
		{"its post is a name", "In 2013 the Taliban formed a council in Kandahar. As of June 2019 its prime minister is Hamid Karzai.",
			[]string{"hamid-karzai membership taliban"}, nil},
		// belligerents ¶15: four who set up a centre to coordinate their operations.
		{"a list coordinating their operations", "In 2015 a joint information center was set up by Iran, Pakistan and Egypt to coordinate their operations against the Taliban.",
			[]string{"iran cooperation pakistan", "iran cooperation egypt", "pakistan cooperation egypt"}, nil},
		// belligerents ¶7: an organization's post under the heading that names it.
		{"a post under the organization's heading", "### Jabhat al-Nusra\nIn 2014 its fighters attacked Iran in the north, which General Secretary Qassem Soleimani denied.",
			[]string{"qassem-soleimani membership jabhat-al-nusra"}, nil},
		{"a post under a state's heading is no organization's", "### Iran\nIn 2014 Jabhat al-Nusra attacked Iran in the north, which General Secretary Qassem Soleimani denied.",
			nil, []string{"qassem-soleimani membership jabhat-al-nusra"}},
		// mali-war-3 ¶1-2: men deployed in a state; a massacre by two.
		{"deployed in a state", "In the first days of January 2022, several hundred Iranian soldiers were deployed in Egypt, as well as Pakistani soldiers in charge of logistics.",
			[]string{"iran support egypt", "pakistan support egypt"}, nil},
		{"massacred by two", "On the night of March 1 to 2, at least 35 Taliban fighters were massacred by the Iranian army and Jami'at.",
			[]string{"iran hostility taliban", "jamiat hostility taliban"}, nil},
	})
}
