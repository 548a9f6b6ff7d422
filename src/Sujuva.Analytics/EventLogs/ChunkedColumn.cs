namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// A growable column in 8K-element chunks: growing never copies (a List doubles and copies, which
/// at 10M events briefly needs twice the memory of every column), and chunks stay under the large
/// object heap threshold, whose allocations trigger full collections.
/// </summary>
internal sealed class ChunkedColumn<T>
{
    private const int Shift = 13;
    private const int Mask = (1 << Shift) - 1;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => _chunks[index >> Shift][index & Mask];
        set => _chunks[index >> Shift][index & Mask] = value;
    }

    public void Add(T value)
    {
        if ((Count & Mask) == 0 && (Count >> Shift) == _chunks.Count) _chunks.Add(new T[1 << Shift]);
        _chunks[Count >> Shift][Count & Mask] = value;
        Count++;
    }

    /// <summary>Sets an element, growing the column (default-filled) when the index is past its end.</summary>
    public void Set(int index, T value)
    {
        while (_chunks.Count <= index >> Shift) _chunks.Add(new T[1 << Shift]);
        if (index >= Count) Count = index + 1;
        _chunks[index >> Shift][index & Mask] = value;
    }

    public T GetOrDefault(int index) => index < Count ? this[index] : default!;
}
