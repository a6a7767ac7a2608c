//! Rendering a catalog error without overrides allocates nothing beyond
//! the output buffer: once for a one-shot rendering, not at all into a
//! reused buffer.

use errcat::{Challenge, Error, Expose};
use login_errors::LoginError;

#[test]
fn one_shot_renderings_allocate_only_their_output() {
    let challenge = Challenge::bearer().with_realm("api");
    for &code in LoginError::ALL {
        for expose in [Expose::default(), Expose::DESCRIPTION_ONLY] {
            let error = Error::from(code);
            let mut outputs = Vec::with_capacity(3);
            let json = allocation_counter::measure(|| outputs.push(error.json_body(expose)));
            assert_eq!(json.count_total, 1, "{code:?} json_body");
            let header = allocation_counter::measure(|| {
                outputs.push(error.www_authenticate(&challenge, expose))
            });
            assert_eq!(header.count_total, 1, "{code:?} www_authenticate");
            let problem = allocation_counter::measure(|| outputs.push(error.problem_json(expose)));
            assert_eq!(problem.count_total, 1, "{code:?} problem_json");
        }
    }
}

#[test]
fn rendering_into_a_reused_buffer_allocates_nothing() {
    let challenge = Challenge::bearer().with_realm("api");
    let mut out = String::with_capacity(4096);
    let info = allocation_counter::measure(|| {
        for &code in LoginError::ALL {
            let error = Error::from(code);
            out.clear();
            error.write_json_body(&mut out, Expose::default());
            out.clear();
            error.write_www_authenticate(&mut out, &challenge, Expose::default());
        }
    });
    assert_eq!(info.count_total, 0);
}
