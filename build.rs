//! Builds the bundled gazetteer at compile time: the entity lists under
//! `gazetteers/` loaded and their automaton built by the crate's own code
//! (the modules below are the library's files), written to
//! `$OUT_DIR/gazetteer.bin`, which `src/gazetteer/mod.rs` embeds. So
//! `Extractor::default()` reads a blob instead of parsing lists and building
//! an automaton. A test (`gazetteer::tests`) checks the blob against lists
//! loaded at run time.

// The shared files hold more than the build uses.
#![allow(dead_code)]

#[path = "src/gazetteer/automaton.rs"]
mod automaton;
#[path = "src/gazetteer/entry.rs"]
mod entry;
#[path = "src/error.rs"]
mod error;
#[path = "src/text/fold.rs"]
mod fold;
#[path = "src/gazetteer/load.rs"]
mod load;
#[path = "src/gazetteer/store.rs"]
mod store;
#[path = "src/tsv.rs"]
mod tsv;

/// What the gazetteer files take from `crate::text`.
mod text {
    pub(crate) use crate::fold::fold;
}

/// `crate::kinds::EntityKind` without its serde support.
mod kinds {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum EntityKind {
        Person,
        Place,
        Organization,
        Misc,
    }
}

fn main() {
    // The lists it reads, not all of `gazetteers/`: a change to a word list
    // of the rules does not rebuild the gazetteer.
    for name in load::bundled_names() {
        println!("cargo:rerun-if-changed=gazetteers/{name}.tsv");
    }
    for path in [
        "build.rs",
        "src/gazetteer/automaton.rs",
        "src/gazetteer/entry.rs",
        "src/gazetteer/load.rs",
        "src/gazetteer/store.rs",
        "src/error.rs",
        "src/text/fold.rs",
        "src/tsv.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let data = load::load(&load::Sources::default()).unwrap_or_else(|e| panic!("bundled gazetteer is broken: {e}"));
    let matcher = automaton::Matcher::build(&data);
    let mut w = store::Writer::default();
    data.write(&mut w);
    matcher.write(&mut w);
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("gazetteer.bin"), w.out).expect("OUT_DIR is writable");
}
