// A real IndexedDB implementation (in memory) for every unit test: not a mock.
import 'fake-indexeddb/auto';
