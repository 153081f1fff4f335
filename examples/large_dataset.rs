//! Prints the large synthetic dataset (40 series × 100 years × 2,000
//! areas) that the browser benchmark and the limit tests load:
//! `cargo run --example large_dataset > large.json`

#[path = "../tests/support/large.rs"]
mod large;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let (series, years, areas) = match args.as_slice() {
        [s, y, a] => (*s, *y, *a),
        _ => (40, 100, 2000),
    };
    if std::env::args().any(|a| a == "--boundaries") {
        println!("{}", large::large_boundaries_json(areas));
    } else {
        println!("{}", large::large_dataset_json(series, years, areas));
    }
}
