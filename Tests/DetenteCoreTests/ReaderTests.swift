import Testing
@testable import DetenteCore

