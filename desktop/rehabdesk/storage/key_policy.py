"""Argon2id cost parameters and the policy that refuses weak ones. Kept apart from keys.py so that the
unlock screen can name the policy without loading the cryptography libraries before it paints."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int

    def at_least(self, floor: KdfParams) -> bool:
        return (
            self.memory_kib >= floor.memory_kib
            and self.iterations >= floor.iterations
            and self.parallelism >= floor.parallelism
        )


PRODUCTION_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, parallelism=4)
# Only tests may use this: production refuses any slot below PRODUCTION_KDF.
TEST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)


@dataclass(frozen=True)
class KeyPolicy:
    kdf: KdfParams = PRODUCTION_KDF
    minimum_kdf: KdfParams = PRODUCTION_KDF

    @classmethod
    def for_tests(cls) -> KeyPolicy:
        return cls(kdf=TEST_KDF, minimum_kdf=TEST_KDF)


PRODUCTION_POLICY = KeyPolicy()
