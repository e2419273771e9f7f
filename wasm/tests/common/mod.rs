//! Boundary tests shared by the Node and browser suites.

macro_rules! boundary_tests {
    () => {
        use js_sys::{Error, Reflect, JSON};
        use quorate::{constitution::preset_ids, meeting::check_quorum};
        use tsify::Ts;
        use wasm_bindgen::{JsCast, JsValue};
        use wasm_bindgen_test::wasm_bindgen_test;

        fn js(text: &str) -> JsValue {
            JSON::parse(text).expect("test JSON")
        }

        fn field(v: &JsValue, key: &str) -> Option<String> {
            Reflect::get(v, &JsValue::from_str(key)).ok().and_then(|f| f.as_string())
        }

        #[wasm_bindgen_test]
        fn errors_are_real_errors_with_code_and_path() {
            let input = js(r#"{"constitution":"clackmannanshire-2019","attendance":{"members":[{"seat":"x","status":"present"}]}}"#);
            let err = check_quorum(Ts::new_unchecked(input)).expect_err("unknown seat");
            assert!(err.is_instance_of::<Error>());
            assert_eq!(field(&err, "code").as_deref(), Some("UNKNOWN_REFERENCE"));
            assert_eq!(field(&err, "path").as_deref(), Some("attendance.members[0].seat"));
            assert_eq!(field(&err, "name").as_deref(), Some("QuorateError"));
        }

        #[wasm_bindgen_test]
        fn unknown_fields_are_refused_as_natively() {
            let input = js(r#"{"constitution":"clackmannanshire-2019","attendance":{"members":[]},"colour":"red"}"#);
            let err = check_quorum(Ts::new_unchecked(input)).expect_err("unknown field");
            assert_eq!(field(&err, "code").as_deref(), Some("INVALID_INPUT"));
            assert_eq!(field(&err, "path").as_deref(), Some("colour"));
        }

        #[wasm_bindgen_test]
        fn nan_is_a_typed_error_at_its_path() {
            let input = js(r#"{"constitution":"clackmannanshire-2019","attendance":{"members":[]}}"#);
            let attendance = Reflect::get(&input, &JsValue::from_str("attendance")).expect("attendance");
            Reflect::set(&attendance, &JsValue::from_str("members"), &JsValue::from_f64(f64::NAN)).expect("set");
            let err = check_quorum(Ts::new_unchecked(input)).expect_err("NaN");
            assert_eq!(field(&err, "path").as_deref(), Some("attendance.members"));
            assert!(field(&err, "message").unwrap_or_default().contains("\"NaN\""));
        }

        #[wasm_bindgen_test]
        fn a_good_call_after_bad_ones() {
            for _ in 0..500 {
                let _ = check_quorum(Ts::new_unchecked(JsValue::from_f64(1.0)));
            }
            let input = js(r#"{"constitution":"inverclyde-mou","attendance":{"members":[]}}"#);
            let report = check_quorum(Ts::new_unchecked(input)).expect("good call");
            let summary = Reflect::get(&report.js_value(), &JsValue::from_str("summary")).expect("summary");
            assert_eq!(summary.as_string().as_deref(), Some("This constitution sets no quorum."));
            assert_eq!(preset_ids(), vec!["clackmannanshire-2019", "inverclyde-mou"]);
        }
    };
}

pub(crate) use boundary_tests;

/// The resident handle and the scoring session; needs `boundary_tests!()` first (helpers).
macro_rules! resident_tests {
    () => {
        use quorate::priorities::score_priorities;
        use quorate::resident::{ConstitutionHandle as Constitution, ScoringSession};
        use wasm_bindgen::prelude::wasm_bindgen;

        #[wasm_bindgen(inline_js = r#"
export function freeThenCall(handle, input) {
  handle.free();
  try { handle.checkQuorum(input); return null; } catch (e) { return e; }
}
export function freeSessionThenReport(session) {
  session.free();
  try { session.report(); return null; } catch (e) { return e; }
}
"#)]
        extern "C" {
            #[wasm_bindgen(js_name = freeThenCall)]
            fn free_then_call(handle: JsValue, input: &JsValue) -> JsValue;
            #[wasm_bindgen(js_name = freeSessionThenReport)]
            fn free_session_then_report(session: JsValue) -> JsValue;
        }

        fn text(v: &JsValue) -> String {
            JSON::stringify(v).ok().and_then(|s| s.as_string()).unwrap_or_default()
        }

        const ATTENDANCE: &str = r#"{"members":[{"seat":"council-leader","status":"present"},{"seat":"police-scotland","status":"present"}]}"#;

        #[wasm_bindgen_test]
        fn a_handle_gives_the_plain_report_for_a_preset_and_for_an_object() {
            let plain = check_quorum(Ts::new_unchecked(js(&format!(
                r#"{{"constitution":"clackmannanshire-2019","attendance":{ATTENDANCE}}}"#
            ))))
            .expect("plain");
            let by_id = Constitution::from_source(JsValue::from_str("clackmannanshire-2019")).expect("preset");
            assert_eq!(by_id.id(), "clackmannanshire-2019");
            let input = js(&format!(r#"{{"attendance":{ATTENDANCE}}}"#));
            let via_id = by_id.check_quorum(input.clone()).expect("handle");
            assert_eq!(text(&via_id.js_value()), text(&plain.js_value()));
            let object = quorate::constitution::preset(JsValue::from_str("clackmannanshire-2019"))
                .expect("preset object");
            let by_object = Constitution::from_source(object.js_value().clone()).expect("object");
            let via_object = by_object.check_quorum(input).expect("handle");
            assert_eq!(text(&via_object.js_value()), text(&plain.js_value()));
        }

        #[wasm_bindgen_test]
        fn handle_errors_are_the_plain_errors() {
            let e = Constitution::from_source(JsValue::from_str("nowhere")).err().expect("unknown preset");
            assert_eq!(field(&e, "code").as_deref(), Some("UNKNOWN_PRESET"));
            assert_eq!(field(&e, "path").as_deref(), Some("constitution"));
            let e = Constitution::from_source(js(r#"{"id":3}"#)).err().expect("bad object");
            assert_eq!(field(&e, "code").as_deref(), Some("INVALID_INPUT"));
            assert_eq!(field(&e, "path").as_deref(), Some("constitution.id"));
            let c = Constitution::from_source(JsValue::from_str("clackmannanshire-2019")).expect("preset");
            let e = c
                .check_quorum(js(r#"{"attendance":{"members":[{"seat":"x","status":"present"}]}}"#))
                .expect_err("unknown seat");
            assert!(e.is_instance_of::<Error>());
            assert_eq!(field(&e, "code").as_deref(), Some("UNKNOWN_REFERENCE"));
            assert_eq!(field(&e, "path").as_deref(), Some("attendance.members[0].seat"));
            let e = c
                .check_quorum(js(r#"{"constitution":"inverclyde-mou","attendance":{"members":[]}}"#))
                .expect_err("a constitution named twice");
            assert_eq!(field(&e, "path").as_deref(), Some("constitution"));
            let e = c.check_quorum(js(r#"{"attendance":{"members":[]},"colour":"red"}"#)).expect_err("unknown field");
            assert_eq!(field(&e, "path").as_deref(), Some("colour"));
            let e = c
                .schedule_ics(js(r#"{"schedule":{"constitution":"x"},"generatedOn":"2026-01-01"}"#))
                .expect_err("nested constitution");
            assert_eq!(field(&e, "path").as_deref(), Some("schedule.constitution"));
        }

        #[wasm_bindgen_test]
        fn a_handle_used_after_free_throws_and_never_traps() {
            let c = Constitution::from_source(JsValue::from_str("inverclyde-mou")).expect("preset");
            let e = free_then_call(JsValue::from(c), &js(r#"{"attendance":{"members":[]}}"#));
            assert!(e.is_instance_of::<Error>(), "a thrown Error, not a trap");
            // The module is intact: the next handle works.
            let again = Constitution::from_source(JsValue::from_str("inverclyde-mou")).expect("preset");
            let r = again.check_quorum(js(r#"{"attendance":{"members":[]}}"#)).expect("good call");
            assert_eq!(field(&r.js_value(), "summary").as_deref(), Some("This constitution sets no quorum."));
        }

        #[wasm_bindgen_test]
        fn two_thousand_bad_calls_then_a_good_one() {
            let c = Constitution::from_source(JsValue::from_str("clackmannanshire-2019")).expect("preset");
            let mut s = ScoringSession::new(Ts::new_unchecked(js(SESSION))).expect("session");
            for i in 0..2000 {
                let bad = match i % 4 {
                    0 => JsValue::from_f64(1.0),
                    1 => js(r#"{"attendance":{"members":[{"seat":"x","status":"present"}]}}"#),
                    2 => JsValue::UNDEFINED,
                    _ => js(r#"{"constitution":"x"}"#),
                };
                assert!(c.check_quorum(bad.clone()).is_err());
                assert!(Constitution::from_source(bad.clone()).is_err());
                assert!(s.set_score(Ts::new_unchecked(bad)).is_err());
            }
            let r = c.check_quorum(js(&format!(r#"{{"attendance":{ATTENDANCE}}}"#))).expect("good call");
            assert_eq!(field(&r.js_value(), "status").as_deref(), Some("inquorate"));
            s.set_score(Ts::new_unchecked(js(
                r#"{"scorer":"A","candidate":"alcohol","criterion":"high-impact","score":4}"#,
            )))
            .expect("good change");
            assert!(s.report().is_ok());
        }

        const SESSION: &str = r#"{"constitution":"inverclyde-mou",
            "candidates":[{"id":"alcohol","name":"Alcohol harm"},{"id":"housing","name":"Housing"}],
            "scorecards":[
              {"scorer":"A","organisation":"NHS","candidate":"alcohol","collaborativeGain":"yes",
               "scores":[{"criterion":"participative","score":4},{"criterion":"high-impact","score":2}]},
              {"scorer":"B","organisation":"Council","candidate":"housing","collaborativeGain":"yes",
               "scores":[{"criterion":"participative","score":3}]}]}"#;

        #[wasm_bindgen_test]
        fn a_session_reports_what_score_priorities_reports_after_changes() {
            let mut s = ScoringSession::new(Ts::new_unchecked(js(SESSION))).expect("session");
            s.set_score(Ts::new_unchecked(js(r#"{"scorer":"B","candidate":"housing","criterion":"trust","score":1}"#)))
                .expect("score");
            s.set_weight(Ts::new_unchecked(js(r#"{"criterion":"trust","weight":3}"#))).expect("weight");
            s.add_candidate(Ts::new_unchecked(js(r#"{"id":"parks","name":"Parks"}"#))).expect("candidate");
            s.rename_candidate(Ts::new_unchecked(js(r#"{"id":"parks","name":"Green space"}"#))).expect("rename");
            s.add_scorecard(Ts::new_unchecked(js(
                r#"{"scorer":"A","organisation":"NHS","candidate":"parks","scores":[{"criterion":"trust","score":null}]}"#,
            )))
            .expect("scorecard");
            s.remove_scorecard(Ts::new_unchecked(js(r#"{"scorer":"B","candidate":"housing"}"#))).expect("remove");
            let snapshot = s.snapshot().expect("snapshot");
            let plain = score_priorities(Ts::new_unchecked(snapshot.js_value().clone())).expect("plain");
            assert_eq!(text(&s.report().expect("report").js_value()), text(&plain.js_value()));

            let e = s
                .set_score(Ts::new_unchecked(js(r#"{"scorer":"Z","candidate":"alcohol","criterion":"trust","score":1}"#)))
                .expect_err("no such scorecard");
            assert_eq!(field(&e, "code").as_deref(), Some("UNKNOWN_REFERENCE"));
            let e = s.add_candidate(Ts::new_unchecked(js(r#"{"id":"parks","name":"Again"}"#))).expect_err("duplicate");
            assert_eq!(field(&e, "code").as_deref(), Some("DUPLICATE_ID"));
            let e = s.set_weight(Ts::new_unchecked(js(r#"{"criterion":"trust","weight":1,"x":1}"#))).expect_err("unknown field");
            assert_eq!(field(&e, "path").as_deref(), Some("x"));
            // A score off the scale is kept; the report refuses it as scorePriorities does.
            s.set_score(Ts::new_unchecked(js(r#"{"scorer":"A","candidate":"alcohol","criterion":"trust","score":9}"#)))
                .expect("kept");
            let e = s.report().expect_err("off the scale");
            let plain = score_priorities(Ts::new_unchecked(s.snapshot().expect("snapshot").js_value().clone()))
                .expect_err("plain refuses too");
            assert_eq!(field(&e, "path"), field(&plain, "path"));
            assert_eq!(field(&e, "message"), field(&plain, "message"));
        }

        #[wasm_bindgen_test]
        fn a_session_used_after_free_throws_and_never_traps() {
            let s = ScoringSession::new(Ts::new_unchecked(js(SESSION))).expect("session");
            let e = free_session_then_report(JsValue::from(s));
            assert!(e.is_instance_of::<Error>());
            let c = Constitution::from_source(JsValue::from_str("inverclyde-mou")).expect("preset");
            let s = c
                .scoring_session(js(r#"{"candidates":[{"id":"a","name":"A"}]}"#))
                .expect("session from a handle");
            assert!(s.report().is_ok());
        }
    };
}

pub(crate) use resident_tests;
