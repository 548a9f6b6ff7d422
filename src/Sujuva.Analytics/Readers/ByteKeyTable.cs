using System.Buffers.Binary;
using System.Numerics;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// A hash table keyed by UTF-8 bytes, so that readers find a known name or value without first
/// decoding it to a string (an open-addressing table over one byte arena; no per-key objects).
/// </summary>
internal sealed class ByteKeyTable<T>
{
    private byte[] _arena = new byte[4096];
    private int _arenaUsed;
    private int[] _slots = new int[64];
    private (int Offset, int Length, uint Hash, T Value)[] _entries = new (int, int, uint, T)[32];

    public int Count { get; private set; }

    public bool TryGetValue(ReadOnlySpan<byte> key, out T value)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0) { value = default!; return false; }
            ref var e = ref _entries[slot - 1];
            if (e.Hash == hash && _arena.AsSpan(e.Offset, e.Length).SequenceEqual(key)) { value = e.Value; return true; }
        }
    }

    /// <summary>Adds a key known to be absent.</summary>
    public void Add(ReadOnlySpan<byte> key, T value)
    {
        if ((Count + 1) * 2 > _slots.Length) Grow();
        if (_arenaUsed + key.Length > _arena.Length) Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        key.CopyTo(_arena.AsSpan(_arenaUsed));
        if (Count == _entries.Length) Array.Resize(ref _entries, Count * 2);
        var hash = Hash(key);
        _entries[Count] = (_arenaUsed, key.Length, hash, value);
        _arenaUsed += key.Length;
        Count++;
        Place(Count, hash);
    }

    private void Place(int entry, uint hash)
    {
        var mask = _slots.Length - 1;
        var i = (int)hash & mask;
        while (_slots[i] != 0) i = (i + 1) & mask;
        _slots[i] = entry;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        for (var e = 0; e < Count; e++) Place(e + 1, _entries[e].Hash);
    }

    // Eight bytes at a time, multiply-rotate mixing: short keys (names, ids) hash in a few cycles.
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xBF58476D1CE4E5B9UL, 31);
            key = key[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < key.Length; i++) tail |= (ulong)key[i] << (8 * i);
        h = (h ^ tail) * 0x94D049BB133111EBUL;
        return (uint)(h ^ (h >> 32));
    }
}
