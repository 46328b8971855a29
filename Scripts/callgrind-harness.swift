// Profiling harness for Scripts/callgrind-profile.sh (not part of the package): reads JSONL records
// on standard input, codes each with the built-in pipeline on one thread, writes one JSON line each.
import DetenteCore
import Foundation

let args = CommandLine.arguments
let annotations = args.contains("--annotations")
let pipeline: Pipeline
do { pipeline = try Pipeline.builtIn() } catch { fatalError("\(error)") }
var n = 0
var out = ""
while let line = readLine(strippingNewline: true) {
    n += 1
    switch JSONLRecord.parse(line, defaultID: String(n)) {
    case .failure(let f): out += f.message
    case .success(let input): out += DocumentJSON.record(pipeline.analyze(input), annotations: annotations)
    }
    out += "\n"
    if out.utf8.count > 65536 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
}
FileHandle.standardOutput.write(Data(out.utf8))
