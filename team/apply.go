package team

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/alliances-project/alliances"
)

// Entities are the kinds of claim a proposal may change.
var Entities = []string{"source", "actor", "tie", "event"}

// Apply makes the change of a proposal (entity, claim id, body or retraction) in rec:
// the claim replaces the one with its id, or is added after the others of its entity,
// or is removed. The body is a claim as docs/json.md writes it; a field it does not
// know, or an id other than the claim's, is Invalid, with the field named.
func Apply(rec *alliances.Record, entity, id string, retract bool, body json.RawMessage) error {
	const op = "proposal"
	if !slices.Contains(Entities, entity) {
		return alliances.Errorf(alliances.Invalid, op, "entity %q: expected source, actor, tie or event", entity)
	}
	if id == "" {
		return alliances.Errorf(alliances.Invalid, op, "claim: expected the id of the %s", entity)
	}
	if !retract && len(bytes.TrimSpace(body)) == 0 {
		return alliances.Errorf(alliances.Invalid, op, "body: expected the %s as JSON, or retract", entity)
	}
	switch entity {
	case "source":
		return apply(&rec.Sources, id, retract, body, func(s *alliances.Source) *string { return &s.ID })
	case "actor":
		return apply(&rec.Actors, id, retract, body, func(a *alliances.Actor) *string { return &a.ID })
	case "tie":
		return apply(&rec.Ties, id, retract, body, func(t *alliances.Tie) *string { return &t.ID })
	}
	return apply(&rec.Events, id, retract, body, func(e *alliances.Event) *string { return &e.ID })
}

func apply[T any](list *[]T, id string, retract bool, body json.RawMessage, idOf func(*T) *string) error {
	i := slices.IndexFunc(*list, func(v T) bool { return *idOf(&v) == id })
	if retract {
		if i < 0 {
			return alliances.Errorf(alliances.NotFound, "proposal", "the case holds no claim %q to retract", id)
		}
		*list = slices.Delete(*list, i, i+1)
		return nil
	}
	var v T
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return alliances.Errorf(alliances.Invalid, "proposal", "body%s: %s", fieldOf[T](body, err), jsonProblem(err))
	}
	if dec.More() {
		return alliances.Errorf(alliances.Invalid, "proposal", "body: expected one JSON object, found more after it")
	}
	switch got := idOf(&v); {
	case *got == "":
		*got = id
	case *got != id:
		return alliances.Errorf(alliances.Invalid, "proposal", "body: field id is %q, expected the claim's id %q", *got, id)
	}
	if i < 0 {
		*list = append(*list, v)
	} else {
		(*list)[i] = v
	}
	return nil
}

// fieldOf names the field of a claim's JSON that a value of it refused (a date that
// does not parse, a sign that is none), as ".valid", or "" when the error names it
// already or none does.
func fieldOf[T any](body json.RawMessage, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	if errors.As(err, &syn) || errors.As(err, &typ) || errors.Is(err, io.ErrUnexpectedEOF) {
		return ""
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return ""
	}
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		one, _ := json.Marshal(map[string]json.RawMessage{k: fields[k]})
		var v T
		if json.Unmarshal(one, &v) != nil {
			return "." + k
		}
	}
	return ""
}

// jsonProblem says what is wrong with a claim's JSON, naming the field and the offset.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "not JSON: it ends before the object does"
	case errors.As(err, &syn):
		return fmt.Sprintf("not JSON at byte %d: %v", syn.Offset, err)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("expected a JSON object, found a JSON %s", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %s: expected %s, found a JSON %s (byte %d)", typ.Field, typ.Type, typ.Value, typ.Offset)
	}
	return err.Error()
}
