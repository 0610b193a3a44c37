/*
 * JNI shim between org.dunefront.io.geotiff.NativeDeflate and libdeflate (Eric Biggers,
 * https://github.com/ebiggers/libdeflate; Debian package libdeflate-dev): zlib-wrapped Deflate
 * (RFC 1950/1951), as TIFF's Deflate compression stores tiles, decoded and encoded in one call per
 * tile. Built by pipeline/src/main/c/build-native.sh (run by Maven in the compile phase).
 *
 * Each thread keeps its own libdeflate decompressor and compressor and two growable native buffers
 * (freed when the thread ends), so calls from several threads never share state. Java arrays are
 * copied in and out with Get/SetByteArrayRegion rather than pinned with GetPrimitiveArrayCritical:
 * a pinned array holds off the garbage collector (JDK 17's GC locker) for the whole compression of a
 * tile, which can starve allocating threads; the copies cost a few per cent of the codec time.
 */
#include <jni.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>

struct codec_state {
    struct libdeflate_decompressor *decompressor;
    struct libdeflate_compressor *compressor;
    int level;
    void *in, *out;
    size_t in_cap, out_cap;
};

static pthread_key_t state_key;
static pthread_once_t state_once = PTHREAD_ONCE_INIT;

static void free_state(void *p) {
    struct codec_state *s = p;
    if (s->decompressor) libdeflate_free_decompressor(s->decompressor);
    if (s->compressor) libdeflate_free_compressor(s->compressor);
    free(s->in);
    free(s->out);
    free(s);
}

static void make_key(void) { pthread_key_create(&state_key, free_state); }

static struct codec_state *thread_state(void) {
    pthread_once(&state_once, make_key);
    struct codec_state *s = pthread_getspecific(state_key);
    if (s == NULL) {
        s = calloc(1, sizeof *s);
        if (s == NULL) return NULL;
        pthread_setspecific(state_key, s);
    }
    return s;
}

/* Grows *buf to at least n bytes; returns 0 on failure. */
static int ensure(void **buf, size_t *cap, size_t n) {
    if (*cap >= n) return 1;
    void *b = realloc(*buf, n);
    if (b == NULL) return 0;
    *buf = b;
    *cap = n;
    return 1;
}

/* Result codes shared with NativeDeflate.java. */
#define DF_BAD_DATA (-1)
#define DF_INSUFFICIENT_SPACE (-3)
#define DF_NO_MEMORY (-4)

JNIEXPORT jstring JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_version(JNIEnv *env, jclass cls) {
    (void) cls;
    return (*env)->NewStringUTF(env, LIBDEFLATE_VERSION_STRING);
}

/* Decodes in[0, inLen) into out[0, outLen); returns the decoded byte count (less than outLen when the
 * stream holds less) or a negative DF_ code. */
JNIEXPORT jint JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_zlibDecompress(JNIEnv *env, jclass cls, jbyteArray in, jint inLen,
                                                           jbyteArray out, jint outLen) {
    (void) cls;
    struct codec_state *s = thread_state();
    if (s == NULL) return DF_NO_MEMORY;
    if (s->decompressor == NULL) {
        s->decompressor = libdeflate_alloc_decompressor();
        if (s->decompressor == NULL) return DF_NO_MEMORY;
    }
    if (inLen < 0 || outLen < 0) return DF_BAD_DATA;
    if (!ensure(&s->in, &s->in_cap, (size_t) inLen + 1) || !ensure(&s->out, &s->out_cap, (size_t) outLen + 1)) {
        return DF_NO_MEMORY;
    }
    (*env)->GetByteArrayRegion(env, in, 0, inLen, s->in);
    if ((*env)->ExceptionCheck(env)) return DF_BAD_DATA;
    size_t produced = 0;
    enum libdeflate_result r = libdeflate_zlib_decompress(s->decompressor, s->in, (size_t) inLen, s->out,
                                                          (size_t) outLen, &produced);
    if (r == LIBDEFLATE_SUCCESS) (*env)->SetByteArrayRegion(env, out, 0, (jsize) produced, s->out);
    switch (r) {
        case LIBDEFLATE_SUCCESS: return (jint) produced;
        case LIBDEFLATE_INSUFFICIENT_SPACE: return DF_INSUFFICIENT_SPACE;
        default: return DF_BAD_DATA;
    }
}

/* Upper bound of the zlib stream size of inLen bytes (for sizing the output array). */
JNIEXPORT jint JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_zlibCompressBound(JNIEnv *env, jclass cls, jint inLen) {
    (void) env; (void) cls;
    size_t bound = libdeflate_zlib_compress_bound(NULL, (size_t) inLen);
    return bound > 0x7ffffff0 ? -1 : (jint) bound;
}

/* Encodes in[0, inLen) at `level` into out[0, outLen); returns the stream length, or 0 when it does not fit. */
JNIEXPORT jint JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_zlibCompress(JNIEnv *env, jclass cls, jint level, jbyteArray in,
                                                         jint inLen, jbyteArray out, jint outLen) {
    (void) cls;
    struct codec_state *s = thread_state();
    if (s == NULL) return DF_NO_MEMORY;
    if (s->compressor == NULL || s->level != level) {
        if (s->compressor) libdeflate_free_compressor(s->compressor);
        s->compressor = libdeflate_alloc_compressor(level);
        s->level = level;
        if (s->compressor == NULL) return DF_NO_MEMORY;
    }
    if (inLen < 0 || outLen < 0) return 0;
    if (!ensure(&s->in, &s->in_cap, (size_t) inLen + 1) || !ensure(&s->out, &s->out_cap, (size_t) outLen + 1)) {
        return DF_NO_MEMORY;
    }
    (*env)->GetByteArrayRegion(env, in, 0, inLen, s->in);
    if ((*env)->ExceptionCheck(env)) return 0;
    size_t n = libdeflate_zlib_compress(s->compressor, s->in, (size_t) inLen, s->out, (size_t) outLen);
    if (n > 0) (*env)->SetByteArrayRegion(env, out, 0, (jsize) n, s->out);
    return (jint) n;
}
