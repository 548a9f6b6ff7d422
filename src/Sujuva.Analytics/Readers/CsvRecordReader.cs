using System.Buffers;
using System.Text.Unicode;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// RFC 4180 records over UTF-8 bytes, streaming through one growing buffer. Hand-written rather
/// than a library so that fields stay spans into the buffer: names, case ids and timestamps are
/// then found and parsed from bytes, and a row allocates nothing.
/// </summary>
internal sealed partial class CsvRecordReader
{
    private const int MaxRecordBytes = 64 << 20;
    private readonly Stream _stream;
    private readonly string _file;
    private byte[] _buffer = new byte[1 << 20];
    private byte[] _scratch = new byte[1024];
    private char[] _chars = new char[1024];
    private (int Start, int Length, bool Scratch)[] _fields = new (int, int, bool)[64];
    private int _start;
    private int _end;
    private bool _eof;
    private long _line = 1;

    public CsvRecordReader(Stream stream, string file)
    {
        _stream = stream;
        _file = file;
        Fill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _start = 3;
        if (Head.Contains((byte)0))
            throw Error(1, 1, "the file is not UTF-8 text (NUL bytes: UTF-16 without a byte order mark, or binary)");
    }

    public byte Delimiter { get; set; } = (byte)',';

    public int FieldCount { get; private set; }

    /// <summary>The line where the current record starts (1-based).</summary>
    public long RecordLine { get; private set; }

    /// <summary>The first bytes of the file, for delimiter detection.</summary>
    public ReadOnlySpan<byte> Head => _buffer.AsSpan(_start, Math.Min(_end - _start, 64 << 10));

    public ReadOnlySpan<byte> FieldBytes(int i)
    {
        var (start, length, scratch) = _fields[i];
        return (scratch ? _scratch : _buffer).AsSpan(start, length);
    }

    /// <summary>The field decoded to UTF-16, valid until the next call.</summary>
    public ReadOnlySpan<char> Field(int i)
    {
        var bytes = FieldBytes(i);
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        if (Utf8.ToUtf16(bytes, _chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            throw Error(RecordLine, i + 1, "the text is not valid UTF-8 (save the file as UTF-8, or UTF-16 with a byte order mark)");
        return _chars.AsSpan(0, written);
    }

    public EventLogFormatException Error(long line, long column, string problem) => new(_file, line, column, problem);

    public bool ReadRecord()
    {
        while (true)
        {
            if (_start >= _end && _eof) return false;
            if (TryParse(out var consumed, out var newlines))
            {
                RecordLine = _line;
                _line += newlines;
                _start += consumed;
                return true;
            }
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                if (_buffer.Length >= MaxRecordBytes)
                    throw Error(_line, 0, $"a record is longer than {MaxRecordBytes >> 20} MB (an unclosed quote?)");
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            Fill();
        }
    }

    private void Fill()
    {
        while (_end < _buffer.Length)
        {
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0) { _eof = true; return; }
            _end += n;
        }
    }
}
