"""av_mlp: the 2017 article's numpy code inside train(), with its variable initialization
block (epoch, lr, inputlayer_neurons, hiddenlayer_neurons, output_neurons, here read from the
given arrays), its comments, its names and its order of statements. The forward products are
written with the `.dot()` method, as the article's backward lines are, and the parameters move
in place with the article's `+=`, on float copies made with `.astype(float)` (the article's
+= would otherwise move the caller's arrays). The biases stay 1 x h and 1 x 1 and are moved
by np.sum(axis=0, keepdims=True). Each epoch's loss is appended to a list as a Python float."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1/(1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X).astype(float)
    y = np.asarray(y).astype(float)
    #Variable initialization
    epoch=int(epochs) #Setting training iterations
    lr=float(lr) #Setting learning rate
    inputlayer_neurons = X.shape[1] #number of features in data set
    hiddenlayer_neurons = np.shape(wh)[1] #number of hidden layers neurons
    output_neurons = np.shape(wout)[1] #number of neurons at output layer
    #weight and bias initialization
    wh=np.asarray(wh).astype(float).reshape(inputlayer_neurons, hiddenlayer_neurons)
    bh=np.asarray(bh).astype(float).reshape(1, hiddenlayer_neurons)
    wout=np.asarray(wout).astype(float).reshape(hiddenlayer_neurons, output_neurons)
    bout=np.asarray(bout).astype(float).reshape(1, output_neurons)
    loss=[]
    for i in range(epoch):
        #Forward Propogation
        hidden_layer_input1=X.dot(wh)
        hidden_layer_input=hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1=hiddenlayer_activations.dot(wout)
        output_layer_input= output_layer_input1+ bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y-output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) *lr
        bout + np.sum(d_output, axis=0,keepdims=True) *lr
        wh += X.T.dot(d_hiddenlayer) *lr
        bh += np.sum(d_hiddenlayer, axis=0,keepdims=True) *lr
        loss.append(float(np.square(E).mean() / 2))
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(loss, dtype=float)}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X).astype(float)
    hiddenlayer_activations = sigmoid(X.dot(wh) + bh)
    return sigmoid(hiddenlayer_activations.dot(wout) + bout)
