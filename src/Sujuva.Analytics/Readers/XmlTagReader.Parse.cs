using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace Sujuva.Analytics.Readers;

/// <summary>Parsing one tag at the buffer position, and entity decoding.</summary>
internal sealed partial class XmlTagReader
{
    // False when the tag runs past the buffered bytes; consumed 0 for a skipped construct.
    // Names are a few bytes: scalar loops beat vectorised searches there; values use IndexOf.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParseTag(out int consumed)
    {
        consumed = 0;
        _tagStart = _pos;
        var s = _buffer.AsSpan(_pos, _end - _pos);
        if (s.Length < 2) return false;
        if (s[1] == (byte)'!' || s[1] == (byte)'?') return TrySkipMarkup(s, out consumed);
        IsEnd = s[1] == (byte)'/';
        var i = IsEnd ? 2 : 1;
        var nameStart = i;
        while (i < s.Length && !IsNameEnd(s[i])) i++;
        if (i >= s.Length) return false;
        if (i == nameStart) throw Error("malformed XML: a tag without a name");
        NameStart = _pos + nameStart;
        NameLength = i - nameStart;
        AttributeCount = 0;
        IsEmpty = false;
        _scratchUsed = 0;
        while (true)
        {
            while (i < s.Length && IsSpace(s[i])) i++;
            if (i >= s.Length) return false;
            if (s[i] == (byte)'>') { consumed = i + 1; return true; }
            if (s[i] == (byte)'/')
            {
                if (i + 1 >= s.Length) return false;
                if (s[i + 1] != (byte)'>' || IsEnd) throw Error("malformed XML: '/' inside a tag");
                IsEmpty = true;
                consumed = i + 2;
                return true;
            }
            if (IsEnd) throw Error("malformed XML: attributes in an end tag");
            var attributeStart = i;
            while (i < s.Length && !IsNameEnd(s[i]) && s[i] != (byte)'=') i++;
            var attributeLength = i - attributeStart;
            while (i < s.Length && IsSpace(s[i])) i++;
            if (i + 1 >= s.Length) return false;
            if (attributeLength == 0 || s[i] != (byte)'=') throw Error("malformed XML: a bad attribute name");
            i++;
            while (i < s.Length && IsSpace(s[i])) i++;
            if (i >= s.Length) return false;
            var quote = s[i];
            if (quote != (byte)'"' && quote != (byte)'\'') throw Error("malformed XML: an attribute value without quotes");
            var close = 0;
            var escaped = false;
            while (true)
            {
                var at = s[(i + 1 + close)..].IndexOfAny(quote, (byte)'<', (byte)'&');
                if (at < 0) return false;
                close += at;
                var c = s[i + 1 + close];
                if (c == quote) break;
                if (c == (byte)'<') throw Error("malformed XML: '<' in an attribute value");
                escaped = true;
                close++;
            }
            if (AttributeCount == _attributes.Length)
            {
                if (AttributeCount >= 1024) throw Error("malformed XML: more than 1024 attributes in a tag");
                Array.Resize(ref _attributes, AttributeCount * 2);
            }
            // A negative length marks a value with entities to decode.
            _attributes[AttributeCount++] = (_pos + attributeStart, attributeLength, _pos + i + 1, escaped ? ~close : close);
            i += close + 2;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>' or (byte)'<' or (byte)'"' or (byte)'\'';

    // Comments, processing instructions, CDATA and DOCTYPE (entity declarations are refused).
    private bool TrySkipMarkup(ReadOnlySpan<byte> s, out int consumed)
    {
        consumed = 0;
        ReadOnlySpan<byte> terminator = s.StartsWith("<!--"u8) ? "-->"u8
            : s.StartsWith("<?"u8) ? "?>"u8
            : s.StartsWith("<![CDATA["u8) ? "]]>"u8
            : ">"u8;
        var end = s.IndexOf(terminator);
        if (end < 0) return false;
        if (terminator.Length == 1 && s[..end].Contains((byte)'['))
            throw Error("a DOCTYPE with declarations is not supported in XES");
        _pos += end + terminator.Length;
        return true;
    }

    // XML's five named entities and numeric character references; anything else is an error.
    private ReadOnlySpan<byte> Decode(ReadOnlySpan<byte> raw)
    {
        var amp = raw.IndexOf((byte)'&');
        if (amp < 0) return raw;
        var from = _scratchUsed;
        var length = from;
        Span<byte> utf8 = stackalloc byte[4];
        while (true)
        {
            Append(ref length, raw[..amp]);
            raw = raw[(amp + 1)..];
            var semi = raw.IndexOf((byte)';');
            if (semi < 0) throw Error("malformed XML: '&' without ';' in an attribute value");
            var entity = raw[..semi];
            raw = raw[(semi + 1)..];
            if (entity.SequenceEqual("amp"u8)) Append(ref length, "&"u8);
            else if (entity.SequenceEqual("lt"u8)) Append(ref length, "<"u8);
            else if (entity.SequenceEqual("gt"u8)) Append(ref length, ">"u8);
            else if (entity.SequenceEqual("quot"u8)) Append(ref length, "\""u8);
            else if (entity.SequenceEqual("apos"u8)) Append(ref length, "'"u8);
            else if (entity.Length > 1 && entity[0] == (byte)'#' && CodePoint(entity[1..], out var rune))
                Append(ref length, utf8[..rune.EncodeToUtf8(utf8)]);
            else throw Error("malformed XML: an undeclared entity in an attribute value");
            amp = raw.IndexOf((byte)'&');
            if (amp < 0)
            {
                Append(ref length, raw);
                _scratchUsed = length;
                return _scratch.AsSpan(from, length - from);
            }
        }
    }

    private static bool CodePoint(ReadOnlySpan<byte> digits, out System.Text.Rune rune)
    {
        rune = default;
        var hex = digits.Length > 1 && digits[0] == (byte)'x';
        return (hex ? Utf8Parser.TryParse(digits[1..], out uint v, out var used, 'x') : Utf8Parser.TryParse(digits, out v, out used))
            && used == digits.Length - (hex ? 1 : 0) && System.Text.Rune.TryCreate(v, out rune);
    }

    private void Append(ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > _scratch.Length) Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, length + bytes.Length));
        bytes.CopyTo(_scratch.AsSpan(length));
        length += bytes.Length;
    }
}
