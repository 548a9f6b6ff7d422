namespace Sujuva.Analytics.Readers;

/// <summary>Splitting one record into fields, RFC 4180 quoting included.</summary>
internal sealed partial class CsvRecordReader
{
    // False when the record runs past the buffered bytes and more may come.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool TryParse(out int consumed, out int newlines)
    {
        consumed = 0;
        newlines = 0;
        var data = _buffer.AsSpan(0, _end);
        var pos = _start;
        var scratchLength = 0;
        FieldCount = 0;
        while (true)
        {
            int fieldStart, fieldLength;
            var inScratch = false;
            if (pos < _end && data[pos] == (byte)'"')
            {
                var p = pos + 1;
                var segment = p;
                var scratchFrom = -1;
                while (true)
                {
                    var q = data[p.._end].IndexOf((byte)'"');
                    if (q < 0)
                    {
                        if (_eof) throw Error(_line + newlines, FieldCount + 1, "a quoted field is never closed");
                        return false;
                    }
                    q += p;
                    newlines += data[p..q].Count((byte)'\n');
                    if (q + 1 >= _end && !_eof) return false;
                    if (q + 1 < _end && data[q + 1] == (byte)'"')
                    {
                        if (scratchFrom < 0) scratchFrom = scratchLength;
                        Append(ref scratchLength, data[segment..(q + 1)]);
                        p = q + 2;
                        segment = p;
                        continue;
                    }
                    if (scratchFrom >= 0)
                    {
                        Append(ref scratchLength, data[segment..q]);
                        (fieldStart, fieldLength, inScratch) = (scratchFrom, scratchLength - scratchFrom, true);
                    }
                    else
                    {
                        (fieldStart, fieldLength) = (pos + 1, q - pos - 1);
                    }
                    pos = q + 1;
                    break;
                }
                if (pos < _end && data[pos] != Delimiter && data[pos] != (byte)'\n' && data[pos] != (byte)'\r')
                    throw Error(_line + newlines, FieldCount + 1, "unexpected text after a closing quote");
            }
            else
            {
                var idx = data[pos.._end].IndexOfAny(Delimiter, (byte)'\n', (byte)'\r');
                if (idx < 0)
                {
                    if (!_eof) return false;
                    idx = _end - pos;
                }
                (fieldStart, fieldLength) = (pos, idx);
                pos += idx;
            }
            AddField(fieldStart, fieldLength, inScratch);
            if (pos >= _end) break;
            var c = data[pos];
            if (c == Delimiter) { pos++; continue; }
            if (c == (byte)'\r')
            {
                if (pos + 1 >= _end && !_eof) return false;
                pos += pos + 1 < _end && data[pos + 1] == (byte)'\n' ? 2 : 1;
            }
            else
            {
                pos++;
            }
            newlines++;
            break;
        }
        consumed = pos - _start;
        return true;
    }

    private void Append(ref int scratchLength, ReadOnlySpan<byte> bytes)
    {
        if (scratchLength + bytes.Length > _scratch.Length)
            Array.Resize(ref _scratch, Math.Max(scratchLength + bytes.Length, _scratch.Length * 2));
        bytes.CopyTo(_scratch.AsSpan(scratchLength));
        scratchLength += bytes.Length;
    }

    private void AddField(int start, int length, bool scratch)
    {
        if (FieldCount == _fields.Length)
        {
            if (FieldCount >= 100_000) throw Error(_line, FieldCount, "a record has more than 100,000 fields");
            Array.Resize(ref _fields, _fields.Length * 2);
        }
        _fields[FieldCount++] = (start, length, scratch);
    }
}
