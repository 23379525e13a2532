"""Forecasts: the probability that an open rumour thread materialises within the horizon,
calibrated on resolved history, explained feature by feature, evaluated against baselines."""

from mercato.forecast.evaluate import NotEnoughHistory, evaluate
from mercato.forecast.model import Forecast, ForecastModel, forecast, share_exclusive

__all__ = ["Forecast", "ForecastModel", "NotEnoughHistory", "evaluate", "forecast", "share_exclusive"]
