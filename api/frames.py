"""How jobs and replies travel between the server and its query workers: frames of an 8-byte
length and a pickled plain tuple, one write and most often one read each. The server reads
replies with non-blocking ``os.read`` from its event loop (an event loop may switch a watched
descriptor to non-blocking mode, which multiprocessing's own ``recv()`` does not survive);
multiprocessing's send and recv would take two system calls each."""

from __future__ import annotations

import os
import pickle
import struct
from collections.abc import Iterator
from multiprocessing.connection import Connection

from imkg.api.execute import Job

# Jobs and replies travel in frames (8-byte length, then a pickle of a plain tuple: cheaper
# to encode than a named one). The server reads replies with non-blocking os.read from its
# event loop: an event loop may switch a watched descriptor to non-blocking mode, which
# multiprocessing's own recv() does not survive. One frame is one write and, most often,
# one read: multiprocessing's send and recv take two system calls each.
_HEADER = struct.Struct("!Q")

SNAPSHOT = Job._fields.index("snapshot")


def encode_frame(message: object) -> bytes:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write_frame(conn: Connection, message: object) -> None:
    write_all(conn.fileno(), encode_frame(message))


def read_frames(fd: int) -> Iterator[object]:
    """Yield the messages of the frames read from ``fd`` (blocking) until it closes."""
    buffer = bytearray()
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return
        if not buffer and len(chunk) >= _HEADER.size:  # most jobs: one whole frame
            (size,) = _HEADER.unpack_from(chunk)
            if len(chunk) == _HEADER.size + size:
                yield pickle.loads(memoryview(chunk)[_HEADER.size :])
                continue
        buffer += chunk
        while len(buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(buffer)
            end = _HEADER.size + size
            if len(buffer) < end:
                break
            message = pickle.loads(buffer[_HEADER.size : end])
            del buffer[:end]
            yield message


class FrameReader:
    """Reassembles frames from the chunks read so far."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def feed(self, chunk: bytes) -> list[object]:
        """Add ``chunk``; return the messages of the frames it completes, in order."""
        if not chunk:
            raise EOFError("the worker closed its pipe")
        if not self.buffer and len(chunk) >= _HEADER.size:  # most replies: one whole chunk
            (size,) = _HEADER.unpack_from(chunk)
            if len(chunk) == _HEADER.size + size:
                return [pickle.loads(memoryview(chunk)[_HEADER.size :])]
        self.buffer += chunk
        messages = []
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            end = _HEADER.size + size
            if len(self.buffer) < end:
                break
            messages.append(pickle.loads(self.buffer[_HEADER.size : end]))
            del self.buffer[:end]
        return messages


def read_frame_blocking(conn: Connection, timeout: float) -> object:
    frames = FrameReader()
    while True:
        if not conn.poll(timeout):
            raise OSError(f"a query worker did not start within {timeout:.0f} s")
        messages = frames.feed(os.read(conn.fileno(), 1 << 16))
        if messages:
            return messages[0]
