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
