import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // CLI and server tests start real processes; a loaded CI machine is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
