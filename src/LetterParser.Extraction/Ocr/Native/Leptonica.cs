using System.Runtime.InteropServices;

namespace LetterParser.Extraction.Ocr.Native;

/// <summary>The few leptonica calls the OCR path needs. Every returned PIX is owned by a <see cref="PixHandle"/>.</summary>
internal static unsafe partial class Leptonica
{
    public const int SeverityNone = 6;

    static Leptonica() => NativeLibraries.EnsureResolver();

    // Raster operation codes from leptonica's pix.h.
    public const int PixSrc = 0xc;
    public const int PixDst = 0xa;
    /// <summary>Source AND destination: on a white 8-bit canvas, paints the source's dark pixels.</summary>
    public const int PixMask = PixSrc & PixDst;

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int setMsgSeverity(int newSeverity);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixReadMem(byte* data, nuint size);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixReadMemTiff(byte* data, nuint size, int page);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixCreate(int width, int height, int depth);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixSetAll(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixRasterop(PixHandle destination, int dx, int dy, int dw, int dh, int op, PixHandle source, int sx, int sy);

    /// <summary>Another reference to the same image (leptonica counts them; pixDestroy drops one).</summary>
    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixClone(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixRotateOrth(PixHandle pix, int quads);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixFindSkewAndDeskew(PixHandle pix, int reductionSearch, out float angle, out float confidence);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixScale(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixScaleGeneral(PixHandle pix, float scaleX, float scaleY, float sharpenFraction, int sharpenWidth);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixScaleAreaMap(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial PixHandle pixInvert(IntPtr destination, PixHandle source);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixGetDepth(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial uint* pixGetData(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixEndianByteSwap(PixHandle pix);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int pixCountPixels(PixHandle pix, out int count, IntPtr table);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial IntPtr pixConnCompBB(PixHandle pix, int connectivity);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int boxaGetCount(IntPtr boxa);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial int boxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int w, out int h);

    [LibraryImport(NativeLibraries.LeptonicaLibrary)]
    internal static partial void boxaDestroy(ref IntPtr boxa);
}

/// <summary>Owns one leptonica PIX; disposing calls pixDestroy (a missed one leaks a whole page image).</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public int Width => Leptonica.pixGetWidth(this);

    public int Height => Leptonica.pixGetHeight(this);

    public int Depth => Leptonica.pixGetDepth(this);

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.pixDestroy(ref pix);
        return true;
    }
}
