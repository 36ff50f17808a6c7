package server

import (
	"encoding/json"
	"net/http"
	"testing"
)

// TestRejectedActorNamesItsWaitingTies: rejecting an actor answers with the waiting tie
// proposals that name it (which cannot be accepted as they stand), and not those that
// do not, as the terminal's review counts them; accepting answers with none.
func TestRejectedActorNamesItsWaitingTies(t *testing.T) {
	ts := newTeamServer(t)
	ana, rev := ts.signIn("ana"), ts.signIn("rev")
	propose := func(entity, claim, body string) string {
		code, got, _ := ts.do(ana, "POST", "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": entity, "claim": claim,
			"reason": "a report", "body": json.RawMessage(body)})
		if code != http.StatusCreated {
			t.Fatalf("ana proposes %s: %d %v", claim, code, got)
		}
		return got.(map[string]any)["id"].(string)
	}
	cite := `"citations":[{"source":"newlines-2021","locator":"¶30","credibility":3}]`
	actor := propose("actor", "new-front", `{"name":"New Front","kind":"armed-group"}`)
	other := propose("actor", "other-front", `{"name":"Other Front","kind":"armed-group"}`)
	naming := propose("tie", "tie-new-front", `{"subject":"new-front","object":"taliban","kind":"support","valid":"2021",`+cite+`}`)
	propose("tie", "tie-iran", `{"subject":"iran","object":"taliban","kind":"support","valid":"2021",`+cite+`}`)
	code, got, _ := ts.do(rev, "POST", "/api/v1/proposals/"+actor+"/decision", map[string]any{"status": "rejected", "revision": 1, "note": "not in ¶30"})
	if code != http.StatusOK {
		t.Fatalf("rev rejects the actor: %d %v", code, got)
	}
	if js := mustJSON(got.(map[string]any)["naming"]); js != `["`+naming+`"]` {
		t.Errorf("the rejection names %s, want the one waiting tie that names new-front, %s", js, naming)
	}
	code, got, _ = ts.do(rev, "POST", "/api/v1/proposals/"+other+"/decision", map[string]any{"status": "accepted", "revision": 1})
	if _, ok := got.(map[string]any)["naming"]; code != http.StatusOK || ok {
		t.Errorf("an actor accepted: %d %v, want no naming", code, got)
	}
}
