using System.Buffers.Binary;
using System.Text;

namespace LetterParser.Core.Tests.Archives;

/// <summary>
/// Writes zips byte by byte (stored entries), so a test can make the ones ZipArchive will not: an empty name,
/// encryption flags, an AES method, a central directory that disagrees with the local headers.
/// </summary>
internal sealed class RawZip
{
    private readonly List<(string Name, byte[] Content, ushort Flags, ushort Method)> _entries = [];

    public RawZip Add(string name, byte[] content, ushort flags = 0, ushort method = 0)
    {
        _entries.Add((name, content, flags, method));
        return this;
    }

    /// <summary>
    /// The zip; <paramref name="declaredCount"/> overrides the entry count of the end record, and <paramref name="prefix"/>
    /// goes before it without moving the offsets (as <c>cat stub.exe letters.zip</c> makes a self-extractor).
    /// </summary>
    public byte[] Build(int? declaredCount = null, byte[]? prefix = null)
    {
        var output = new MemoryStream();
        var skew = prefix?.Length ?? 0;
        output.Write(prefix ?? []);
        var offsets = new List<long>();
        foreach (var (name, content, flags, method) in _entries)
        {
            offsets.Add(output.Position - skew);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var header = new byte[30].AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)(flags | 0x800));
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], method);
            BinaryPrimitives.WriteUInt32LittleEndian(header[14..], Crc32(content));
            BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)content.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)content.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)nameBytes.Length);
            output.Write(header);
            output.Write(nameBytes);
            output.Write(content);
        }
        var directoryStart = output.Position;
        for (var i = 0; i < _entries.Count; i++)
        {
            var (name, content, flags, method) = _entries[i];
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var header = new byte[46].AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], (ushort)(flags | 0x800));
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], method);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], Crc32(content));
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)content.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)content.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)nameBytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offsets[i]);
            output.Write(header);
            output.Write(nameBytes);
        }
        var directoryLength = output.Position - directoryStart;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)(declaredCount ?? _entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)(declaredCount ?? _entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)directoryLength);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)(directoryStart - skew));
        output.Write(end);
        return output.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
