'use strict'
// aedes-persistence's own contract suite (node:test), run against the patched
// aedes-persistence-level on a real LevelDB in a temporary directory.
const test = require('node:test')
const { mkdtempSync } = require('node:fs')
const { tmpdir } = require('node:os')
const path = require('node:path')
const { Level } = require('level')
const persistence = require('aedes-persistence-level')
const abstract = require('aedes-persistence/abstract')

abstract({ test, persistence: () => persistence(new Level(mkdtempSync(path.join(tmpdir(), 'tether-level-suite-')))) })
