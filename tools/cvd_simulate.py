#!/usr/bin/env python3
"""Simulate colour-vision deficiencies on a screenshot (ADR 0062).

    tools/cvd_simulate.py shot.png out.png [--crop LEFT,TOP,RIGHT,BOTTOM]

Writes the (cropped) image and, below it, how it looks with protanopia, deuteranopia and
tritanopia (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear RGB). Look at
it: every label must still be told apart without its colour.
"""

from __future__ import annotations

import argparse
from typing import Any

import numpy as np
from PIL import Image

MACHADO = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
}


def _linear(c: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _srgb(c: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    c = np.clip(c, 0, 1)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1 / 2.4) - 0.055)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shot")
    parser.add_argument("out")
    parser.add_argument("--crop", help="LEFT,TOP,RIGHT,BOTTOM in pixels")
    args = parser.parse_args()
    image = Image.open(args.shot).convert("RGB")
    if args.crop:
        left, top, right, bottom = (int(v) for v in args.crop.split(","))
        image = image.crop((left, top, right, bottom))
    linear = _linear(np.asarray(image).astype(float) / 255)
    tiles = [image]
    for matrix in MACHADO.values():
        simulated = _srgb(linear @ np.array(matrix).T)
        tiles.append(Image.fromarray((simulated * 255).round().astype("uint8")))
    width, height = image.size
    sheet = Image.new("RGB", (width, height * len(tiles)), "white")
    for index, tile in enumerate(tiles):
        sheet.paste(tile, (0, index * height))
    sheet.save(args.out)


if __name__ == "__main__":
    main()
